package io.pylon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandFileTest {

    @Test
    void escapesPropertyValuesForACommandFile() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("url", "jdbc:postgresql://db:5432/pylon?ssl=true");
        properties.put("password", "a\\b");

        assertThat(CommandFile.properties(properties))
                .isEqualTo("url=jdbc\\\\:postgresql\\\\://db\\\\:5432/pylon?ssl\\\\=true:password=a\\\\\\\\b");
    }

    @Test
    void fillsEveryPlaceholder() {
        String rendered = CommandFile.render("test.asadmin", Map.of("pool.name", "pylon-pool", "size", "8"));

        assertThat(rendered).isEqualTo("create-jdbc-connection-pool --maxpoolsize 8 pylon-pool\n");
    }

    @Test
    void refusesAPlaceholderWithoutAValue() {
        assertThatThrownBy(() -> CommandFile.render("test.asadmin", Map.of("pool.name", "pylon-pool")))
                .hasMessageContaining("${size}");
    }

    @Test
    void theDomainFileNeedsOnlyTheValuesTheLauncherGives() {
        String rendered = CommandFile.render("domain.asadmin", Map.of(
                "db.datasource", "org.h2.jdbcx.JdbcDataSource", "db.properties", "url=x", "domain.tmp", "/tmp/d"));

        assertThat(rendered).contains("create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource")
                .contains("create-jdbc-resource --connectionpoolid pylon-pool jdbc/pylon")
                .doesNotContain("${");
    }
}
