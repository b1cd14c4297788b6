package io.migrations.internal.fleet;

import io.migrations.api.MigrationResult;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a fleet does to one target.
 *
 * @param run     the change (upgrade, downgrade, stamp, or a read); throws when it fails
 * @param current the target's version rows, read again after a failure for the outcome
 */
public record TargetWork(Supplier<MigrationResult> run, Supplier<List<String>> current) {
}
