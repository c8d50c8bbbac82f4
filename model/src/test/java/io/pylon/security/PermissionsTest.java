package io.pylon.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void administratorsMayDoEverything() {
        assertThat(Permissions.granted(EnumSet.of(Role.ADMIN), List.of(7L))).containsExactly("*");
    }

    @Test
    void executivesReadEveryAccountAndWriteTheirTeamsOnes() {
        assertThat(Permissions.granted(EnumSet.of(Role.EXECUTIVE), List.of(7L)))
                .containsExactlyInAnyOrder("account:read:*", "portfolio:read", "portfolio:place-tiers", "scoring:run",
                        "financing:evaluate", "account:read:7", "account:write:7")
                .doesNotContain(Permissions.CREATE_ACCOUNT, Permissions.IMPORT_PROJECTS, Permissions.CHANGE_SETTINGS);
    }

    @Test
    void accountManagersCreateImportAndWorkOnTheirTeamsAccounts() {
        assertThat(Permissions.granted(EnumSet.of(Role.ACCOUNT_MANAGER), List.of(7L, 9L)))
                .containsExactlyInAnyOrder("account:create", "project:import", "financing:evaluate", "account:read:7",
                        "account:write:7",
                        "account:manage-team:7", "account:read:9", "account:write:9", "account:manage-team:9");
    }

    @Test
    void onlyAccountManagersManageTheirTeams() {
        assertThat(Permissions.granted(EnumSet.of(Role.BID_MANAGER, Role.PROJECT_MANAGER), List.of(7L)))
                .containsExactlyInAnyOrder("financing:evaluate", "account:read:7", "account:write:7");
        assertThat(Permissions.granted(EnumSet.of(Role.PROJECT_MANAGER), List.of(7L)))
                .doesNotContain(Permissions.EVALUATE_FINANCING);
    }

    @Test
    void viewersOnlyReadTheirTeamsAccounts() {
        assertThat(Permissions.granted(EnumSet.of(Role.VIEWER), List.of(7L))).containsExactly("account:read:7");
    }

    @Test
    void withoutATeamOthersSeeNoAccount() {
        assertThat(Permissions.granted(EnumSet.of(Role.BID_MANAGER), List.of())).containsExactly("financing:evaluate");
        assertThat(Permissions.granted(EnumSet.of(Role.PROJECT_MANAGER), List.of())).isEmpty();
    }
}
