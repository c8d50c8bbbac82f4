package io.pylon.project;

/** Where a condition of a CONDITIONAL_GO stands: still open, met, or open past its due date. */
public enum ConditionStatus {
    OPEN,
    MET,
    OVERDUE
}
