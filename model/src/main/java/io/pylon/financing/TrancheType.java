package io.pylon.financing;

/** The kinds of money in a financing plan; the last three are never repaid. */
public enum TrancheType {
    /** A loan to the buyer covered by an export-credit agency: official support under the OECD Arrangement. */
    ECA_BUYERS_CREDIT(true),
    /** A bank loan without cover, often funding the down payment. */
    COMMERCIAL_LOAN(true),
    /** A loan for the costs spent in the buyer's country. */
    LOCAL_COST_FACILITY(true),
    EQUITY(false),
    BUDGET(false),
    GRANT(false);

    private final boolean repaid;

    TrancheType(boolean repaid) {
        this.repaid = repaid;
    }

    public boolean isDebt() {
        return repaid;
    }
}
