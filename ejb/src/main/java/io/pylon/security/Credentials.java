package io.pylon.security;

import java.util.Set;

/** What the login realm needs to authenticate and authorise one user. */
public record Credentials(String username, String displayName, String passwordHash, boolean enabled, Set<Role> roles,
                         Set<Long> teamAccountIds) {

    public Set<String> permissions() {
        return Permissions.granted(roles, teamAccountIds);
    }
}
