package io.migrations.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: a revision applied, undone or stamped, successfully or not.
 *
 * @param id             row id, increasing with time
 * @param revision       the revision run (for a stamp: stamped to); null when stamping to base
 * @param downRevisions  the revisions the database moved from
 * @param direction      upgrade, downgrade or stamp
 * @param message        the revision's message
 * @param checksum       checksum of the revision's source when it ran; null for stamps
 * @param appliedAt      when it finished
 * @param appliedBy      database user that ran it
 * @param durationMs     how long it took
 * @param success        false when it failed (the row is written after the rollback) or has not finished
 * @param statementsRun  statements that completed; for a failed non-transactional revision, those that stay applied
 * @param error          the error message of a failure; null for a success or an unfinished row
 */
public record HistoryEntry(long id, @Nullable String revision, List<String> downRevisions, Direction direction, String message,
                           @Nullable String checksum, Instant appliedAt, String appliedBy, long durationMs, boolean success,
                           int statementsRun, @Nullable String error) {

    public HistoryEntry {
        downRevisions = List.copyOf(downRevisions);
    }

    /**
     * Whether this is a non-transactional revision's row that was never finished: it is running now, or
     * the run stopped midway (process killed, connection lost) after {@link #statementsRun()} statements.
     */
    public boolean unfinished() {
        return !success && error == null;
    }

    /**
     * Whether this row records the checksum a revision had when it was applied: a successful upgrade with a checksum
     * (the history table's {@code appliedChecksums} query selects the same rows).
     */
    public boolean recordsAppliedChecksum() {
        return direction == Direction.UPGRADE && success && checksum != null;
    }
}
