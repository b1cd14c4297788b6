package io.migrations.api;

import java.util.List;

/**
 * An earlier run stopped in the middle of a non-transactional revision (process killed, connection
 * lost): some of its statements stay applied while the version table does not say so. Raised once,
 * by the next changing command; the history rows are then marked failed so the command after that
 * runs normally.
 */
public class UnfinishedRevisionException extends DatabaseException {

    private final transient List<HistoryEntry> entries;

    public UnfinishedRevisionException(String message, List<HistoryEntry> entries) {
        super(message, entries.get(0).revision(), null);
        this.entries = List.copyOf(entries);
    }

    /** The history rows of the interrupted revisions, as found (before they were marked failed). */
    public List<HistoryEntry> entries() {
        return entries;
    }
}
