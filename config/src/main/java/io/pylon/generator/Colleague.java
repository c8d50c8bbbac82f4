package io.pylon.generator;

/** A user the generated data names: on account teams, as decider, as the one who recorded something. */
record Colleague(long id, String username) {
}
