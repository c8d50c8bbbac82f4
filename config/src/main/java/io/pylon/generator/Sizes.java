package io.pylon.generator;

/**
 * How much to generate: the three sizes asked for, from which every other count follows in proportion. Sizes beyond
 * the limits are refused as typing errors rather than attempted for hours.
 */
record Sizes(int accounts, int projects, int interactions) {

    static final int MAX_ACCOUNTS = 1_000_000;
    static final int MAX_PROJECTS = 10_000_000;
    static final int MAX_INTERACTIONS = 100_000_000;
    static final int MAX_PROJECTS_PER_ACCOUNT = 1_000;

    Sizes {
        if ((long) projects > (long) accounts * MAX_PROJECTS_PER_ACCOUNT) {
            throw new Refusal(String.format("--projects %,d is more than %,d per account for %,d accounts", projects,
                    MAX_PROJECTS_PER_ACCOUNT, accounts));
        }
    }

    /** Opportunities that did not become one of the projects: open ones, lost ones, and won ones not started yet. */
    int otherOpportunities() {
        return Math.max(1, Math.round(projects * 0.4f));
    }

    int accountManagers() {
        return clamp(accounts / 500, 3, 12);
    }

    int bidManagers() {
        return clamp(accounts / 1_000, 2, 6);
    }

    int projectManagers() {
        return clamp(projects / 10_000, 3, 20);
    }

    int executives() {
        return clamp(accounts / 2_500, 1, 3);
    }

    private static int clamp(int value, int lowest, int highest) {
        return Math.max(lowest, Math.min(highest, value));
    }
}
