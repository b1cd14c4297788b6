package io.migrations.internal.fleet;

/** Why a fleet stopped starting targets before it had started them all; each adapter names its own setting. */
public enum FleetStop {
    /** A canary target failed. */
    CANARY_FAILED,
    /** {@link FleetPolicy#maxFailures()} targets failed. */
    MAX_FAILURES,
    /** {@link Fleet#stop()} was called (Ctrl-C, application shutdown). */
    STOPPED
}
