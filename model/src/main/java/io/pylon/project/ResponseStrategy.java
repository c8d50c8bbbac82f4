package io.pylon.project;

/** The response strategies for threats of PMBOK: escalate, avoid, transfer, mitigate or accept. */
public enum ResponseStrategy {
    ESCALATE,
    AVOID,
    TRANSFER,
    MITIGATE,
    ACCEPT
}
