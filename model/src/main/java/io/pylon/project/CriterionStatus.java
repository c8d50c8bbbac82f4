package io.pylon.project;

/** How a gate's criterion stands at the review. */
public enum CriterionStatus {
    OPEN,
    MET,
    NOT_MET,
    WAIVED;

    /** Whether a must-meet criterion in this status lets a GO through. */
    public boolean clears() {
        return this == MET || this == WAIVED;
    }
}
