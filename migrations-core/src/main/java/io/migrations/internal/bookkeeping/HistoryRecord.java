package io.migrations.internal.bookkeeping;

import io.migrations.api.Direction;
import java.util.List;

/**
 * What the engine writes into the history table for one step; the database adds id, time and user.
 *
 * @param revision      the revision run or stamped to; null when stamping to base
 * @param downRevisions the revisions moved from
 * @param direction     upgrade, downgrade or stamp
 * @param message       the revision's message
 * @param checksum      the script's checksum, null for stamps
 * @param durationMs    elapsed time
 * @param success       whether it committed
 * @param statementsRun statements that completed
 * @param error         error message for failures, else null
 */
public record HistoryRecord(String revision, List<String> downRevisions, Direction direction, String message,
                            String checksum, long durationMs, boolean success, int statementsRun, String error) {

    public HistoryRecord {
        downRevisions = List.copyOf(downRevisions);
        message = message == null ? "" : message;
    }
}
