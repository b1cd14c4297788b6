package io.migrations.internal.render;

import io.migrations.api.Revision;
import io.migrations.api.Status;
import io.migrations.internal.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of {@code check} and its lines: one per difference between the database and the revisions, then where
 * each stands. Shared by every front end (the CLI, the Maven plugin), so they print alike.
 *
 * @param upToDate whether the database is at the heads and no applied revision changed since it ran
 * @param lines    what to print, one entry per line
 */
public record CheckText(boolean upToDate, List<String> lines) {

    public CheckText {
        lines = List.copyOf(lines);
    }

    /**
     * The verdict on {@code status}.
     *
     * @param graph        the revisions, to name the file of an edited one
     * @param historyTable the history table, named when the last run failed
     */
    public static CheckText of(Status status, RevisionGraph graph, String historyTable) {
        if (status.isClean() && status.state() == Status.State.UP_TO_DATE) {
            return new CheckText(true, List.of("Database is up to date at " + heads(status.current()) + "."));
        }
        List<String> lines = new ArrayList<>();
        if (status.lastRunFailed()) {
            lines.add("Last run failed: see the newest row of the " + historyTable + " table.");
        }
        for (String id : status.unknown()) {
            lines.add("Unknown revision in the database: " + id + " (no revision file defines it).");
        }
        for (Revision revision : status.pending()) {
            lines.add("Pending: " + revision.id() + (revision.message().isEmpty() ? "" : ", " + revision.message()));
        }
        for (String id : status.edited()) {
            String where = graph.find(id).map(revision -> " (" + revision.location() + ")").orElse("");
            lines.add("Edited since applied: " + id + where);
        }
        lines.add("Database is at " + heads(status.current()) + "; revision heads are " + heads(status.heads()) + ".");
        return new CheckText(false, lines);
    }

    private static String heads(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
