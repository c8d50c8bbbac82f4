package io.pylon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void comparesVersionsPartByPartAsNumbers() {
        assertThat(SchemaVersion.parse("20")).isGreaterThan(SchemaVersion.parse("9"));
        assertThat(SchemaVersion.parse("1.10")).isGreaterThan(SchemaVersion.parse("1.9"));
        assertThat(SchemaVersion.parse("2_1")).isEqualByComparingTo(SchemaVersion.parse("2.1.0"));
        assertThat(SchemaVersion.parse("2_1")).hasToString("2.1");
    }

    @Test
    void theModelsNewestMigrationIsTheOneFlywayMigratesTo() {
        MigratedDatabase database = MigratedDatabase.h2("schema-version");
        String migrated = Flyway.configure().dataSource(database.url(), "sa", "").load().info().current()
                .getVersion().getVersion();

        assertThat(SchemaVersion.ofModel()).isEqualTo(SchemaVersion.parse(migrated));
    }
}
