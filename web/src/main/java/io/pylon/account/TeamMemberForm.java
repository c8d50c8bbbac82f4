package io.pylon.account;

import io.pylon.api.FieldChecks;

/** The role a user is to have on an account team. */
public record TeamMemberForm(String teamRole) {

    TeamRole role() {
        FieldChecks checks = new FieldChecks().required("teamRole", teamRole);
        TeamRole role = checks.oneOf("teamRole", teamRole, TeamRole.class);
        checks.orThrow();
        return role;
    }
}
