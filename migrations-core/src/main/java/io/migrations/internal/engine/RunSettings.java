package io.migrations.internal.engine;

import io.migrations.api.LockMode;
import io.migrations.api.Policy;
import io.migrations.api.StepListener;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.Backoff;
import io.migrations.internal.platform.TableName;
import java.time.Duration;

/**
 * What a {@link Migrator} takes from the configuration.
 *
 * @param versionTable       the version table as configured (schema may be null)
 * @param historyTable       the history table as configured, in the same schema
 * @param lockMode           how runs are kept apart
 * @param lockWaitTimeout    how long to wait for the migration lock
 * @param waitReportInterval how often to log a wait for a lock
 * @param timeouts           timeouts for revision statements
 * @param lockRetries        how often to run a revision again that timed out on a lock
 * @param onUnknownRevision  what to do when the database is at a revision no file defines
 * @param onChecksumMismatch what to do when an applied revision was edited
 * @param transactionPer     where transactions begin and end
 * @param stepListener       told before and after each step
 */
public record RunSettings(TableName versionTable, TableName historyTable, LockMode lockMode, Duration lockWaitTimeout,
                          Duration waitReportInterval, Timeouts timeouts, Backoff lockRetries, Policy onUnknownRevision,
                          Policy onChecksumMismatch, TransactionPer transactionPer, StepListener stepListener) {
}
