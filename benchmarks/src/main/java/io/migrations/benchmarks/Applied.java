package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;

/**
 * A database that {@code tool} migrated through the whole of {@code workload}, kept for the no-op checks.
 *
 * @param tool     who applied it
 * @param workload what was applied
 * @param db       where
 */
record Applied(Tool tool, Workload workload, TestDatabase db) {
}
