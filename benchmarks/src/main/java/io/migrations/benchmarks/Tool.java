package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;

/**
 * A migration tool under measurement. Each does what its users do: {@link #apply} migrates an empty database
 * to the workload's last revision, {@link #check} is the start-up call that finds nothing to do.
 */
interface Tool {

    /** Short name used in the results, e.g. {@code flyway}. */
    String name();

    /** Applies every revision of {@code workload} to the empty database {@code db}. */
    void apply(TestDatabase db, Workload workload) throws Exception;

    /**
     * What an application start runs when {@code workload} is already applied: load, validate, find nothing pending.
     * For a migration tool that is the very call that applies, so that is the default. Running any revision again
     * would fail (its table exists), so a check cannot silently do work.
     */
    default void check(TestDatabase db, Workload workload) throws Exception {
        apply(db, workload);
    }
}
