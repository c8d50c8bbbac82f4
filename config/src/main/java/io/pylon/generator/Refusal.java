package io.pylon.generator;

/** Why the generator will not start, said in one line; it is raised before anything is written. */
final class Refusal extends RuntimeException {

    Refusal(String message) {
        super(message);
    }
}
