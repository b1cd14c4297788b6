package io.migrations.internal.engine;

/** A step found, at the start of its transaction, that another run moved the version table since it was planned. */
final class StaleStep extends RuntimeException {

    StaleStep() {
        super("The version table moved since the step was planned", null, false, false);
    }
}
