package io.pylon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.demo.FirstUsers.Seed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstUsersTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void aPopulatedDatabaseGetsNothing() {
        assertThat(Seed.of(true, true, Optional.of("alice"), Optional.of("secret"))).isEqualTo(Seed.NOTHING);
    }

    @Test
    void anEmptyDatabaseInDemoModeGetsTheDemo() {
        assertThat(Seed.of(false, true, NONE, NONE)).isEqualTo(Seed.DEMO);
    }

    @Test
    void outsideDemoModeOnlyTheConfiguredAdministratorIsCreated() {
        assertThat(Seed.of(false, false, Optional.of("alice"), Optional.of("secret"))).isEqualTo(Seed.FIRST_ADMINISTRATOR);
        assertThat(Seed.of(false, false, Optional.of("alice"), NONE)).isEqualTo(Seed.NOTHING_CONFIGURED);
        assertThat(Seed.of(false, false, NONE, NONE)).isEqualTo(Seed.NOTHING_CONFIGURED);
    }
}
