package io.pylon.opportunity;

/**
 * Where an opportunity stands. A won one counts in full as contracted value, whatever its win probability;
 * a lost one counts nothing; the others are pipeline, counted at their value times their win probability.
 */
public enum OpportunityStage {
    IDENTIFIED,
    QUALIFIED,
    BIDDING,
    NEGOTIATING,
    WON,
    LOST
}
