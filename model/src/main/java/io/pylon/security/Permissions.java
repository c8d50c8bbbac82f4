package io.pylon.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Shiro permission strings of a user: global ones follow from the roles, per-account ones
 * ({@code account:read:42}, {@code account:write:42}) from account-team membership.
 */
public final class Permissions {

    public static final String ALL = "*";
    public static final String CREATE_ACCOUNT = "account:create";
    public static final String READ_ANY_ACCOUNT = "account:read:*";
    /** Import agencies and projects from a file; it creates accounts, so it goes with creating them. */
    public static final String IMPORT_PROJECTS = "project:import";
    /** Read the imports other people started; only administrators do. */
    public static final String READ_ANY_IMPORT = "import:read:*";
    /** See the whole portfolio's value and tiers (the Pareto analysis), which reveals every account. */
    public static final String READ_PORTFOLIO = "portfolio:read";
    /** Recompute every account's tier, and override the tier of any account. */
    public static final String PLACE_TIERS = "portfolio:place-tiers";
    /** Change the application's settings, such as exchange rates, tier cut points and the visit cadence; only administrators do. */
    public static final String CHANGE_SETTINGS = "settings:write";
    /** Recompute every account's score now rather than at night. */
    public static final String RUN_SCORING = "scoring:run";

    /** Work out financing plans: bid and account managers, executives (and administrators). */
    public static final String EVALUATE_FINANCING = "financing:evaluate";

    /** Roles whose holders change the accounts of their teams; a VIEWER only reads them. */
    private static final Set<Role> TEAM_WRITERS =
            EnumSet.of(Role.EXECUTIVE, Role.ACCOUNT_MANAGER, Role.BID_MANAGER, Role.PROJECT_MANAGER);

    private Permissions() {
    }

    public static String readAccount(long accountId) {
        return "account:read:" + accountId;
    }

    public static String writeAccount(long accountId) {
        return "account:write:" + accountId;
    }

    public static String manageTeam(long accountId) {
        return "account:manage-team:" + accountId;
    }

    /** Whether the roles see every account, on a team or not. */
    public static boolean seesEveryAccount(Set<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.EXECUTIVE);
    }

    public static Set<String> granted(Set<Role> roles, Collection<Long> teamAccountIds) {
        Set<String> granted = new LinkedHashSet<>();
        if (roles.contains(Role.ADMIN)) {
            granted.add(ALL);
            return granted;
        }
        if (roles.contains(Role.EXECUTIVE)) {
            granted.add(READ_ANY_ACCOUNT);
            granted.add(READ_PORTFOLIO);
            granted.add(PLACE_TIERS);
            granted.add(RUN_SCORING);
        }
        if (roles.contains(Role.EXECUTIVE) || roles.contains(Role.ACCOUNT_MANAGER) || roles.contains(Role.BID_MANAGER)) {
            granted.add(EVALUATE_FINANCING);
        }
        if (roles.contains(Role.ACCOUNT_MANAGER)) {
            granted.add(CREATE_ACCOUNT);
            granted.add(IMPORT_PROJECTS);
        }
        boolean writesForTeams = roles.stream().anyMatch(TEAM_WRITERS::contains);
        boolean managesTeams = roles.contains(Role.ACCOUNT_MANAGER);
        for (long accountId : teamAccountIds) {
            granted.add(readAccount(accountId));
            if (writesForTeams) {
                granted.add(writeAccount(accountId));
            }
            if (managesTeams) {
                granted.add(manageTeam(accountId));
            }
        }
        return granted;
    }
}
