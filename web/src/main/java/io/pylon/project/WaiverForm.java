package io.pylon.project;

/** The written reason for waiving a must-meet criterion, and the version of the criterion read. */
public record WaiverForm(String reason, Long version) {
}
