package io.pylon.project;

/** That a condition was met, as a client says it: an optional note, such as where the proof is. */
public record ConditionMetForm(String note) {
}
