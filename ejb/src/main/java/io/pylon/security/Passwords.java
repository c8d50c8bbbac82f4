package io.pylon.security;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Argon2id password hashes in Shiro's crypt format, the one the login realm verifies. */
public final class Passwords {

    private static final PasswordService SERVICE = new DefaultPasswordService();

    private Passwords() {
    }

    public static PasswordService service() {
        return SERVICE;
    }

    public static String hash(String plainPassword) {
        return SERVICE.encryptPassword(plainPassword);
    }
}
