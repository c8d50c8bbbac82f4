package io.pylon.project;

/** The review of a gate's criterion as a client sends it: {@code status} MET, NOT_MET or OPEN; {@code score} 0-5 for a should-meet criterion; the version read. */
public record AssessmentForm(String status, Integer score, String note, Long version) {
}
