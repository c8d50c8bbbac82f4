package io.pylon.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = Passwords.hash("pylon-demo");

        assertThat(hash).startsWith("$shiro2$argon2id$");
        assertThat(Passwords.service().passwordsMatch("pylon-demo", hash)).isTrue();
        assertThat(Passwords.service().passwordsMatch("pylon-dem0", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(Passwords.hash("same")).isNotEqualTo(Passwords.hash("same"));
    }
}
