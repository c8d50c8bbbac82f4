package io.pylon.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @BeforeEach
    void requiredSettings() {
        System.setProperty("pylon.payara.home", "/opt/payara6");
        System.setProperty("pylon.domains.dir", "/opt/domains");
    }

    @AfterEach
    void clear() {
        for (String name : new String[] {"pylon.payara.home", "pylon.domains.dir", "pylon.db.url", "pylon.demo",
                "pylon.http.port", "pylon.data.dir"}) {
            System.clearProperty(name);
        }
    }

    @Test
    void defaultsToAnH2FileDatabaseInDemoModeOnPort8080() {
        System.setProperty("pylon.data.dir", "/var/pylon");
        Settings settings = Settings.fromEnvironment();

        assertThat(settings.database().url()).isEqualTo("jdbc:h2:file:/var/pylon/pylon;WRITE_DELAY=0");
        assertThat(settings.database().isPostgres()).isFalse();
        assertThat(settings.demo()).isTrue();
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.adminPort()).isEqualTo(8048);
    }

    @Test
    void aPostgresUrlTurnsDemoModeOffUnlessAsked() {
        System.setProperty("pylon.db.url", "jdbc:postgresql://127.0.0.1:5432/pylon");
        assertThat(Settings.fromEnvironment().demo()).isFalse();
        assertThat(Settings.fromEnvironment().database().dataSourceClass()).contains("PGSimpleDataSource");

        System.setProperty("pylon.demo", "true");
        assertThat(Settings.fromEnvironment().demo()).isTrue();
    }

    @Test
    void anotherHttpPortMovesTheAdminPortAlong() {
        System.setProperty("pylon.http.port", "9090");
        Settings settings = Settings.fromEnvironment();

        assertThat(settings.portBase()).isEqualTo(9010);
        assertThat(settings.adminPort()).isEqualTo(9058);
    }
}
