package io.migrations.internal.render;

import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.TargetResolver;
import io.migrations.internal.plan.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code current} and {@code history} print, as Alembic prints it: every front end (the CLI, the Maven plugin)
 * prints these lines, so they read alike. Each entry is one line, or with {@link Detail#ENTRIES} one block of lines.
 */
public final class Listings {

    /** How much to show of each revision. */
    public enum Detail {
        /** One line: id, markers, message. */
        LINES,
        /** The block of {@code -v}: {@code Rev:}, {@code Parent:}, {@code Path:} and the docstring. */
        ENTRIES
    }

    /** Whether {@code history} marks the revisions the database is at. */
    public enum Marking {
        /** No marks. */
        NONE,
        /** {@code (current)} after the revisions in the version table, as {@code history -i}. */
        CURRENT
    }

    private static final String CURRENT = "current";

    private Listings() {
    }

    /**
     * The output of {@code current}.
     *
     * @param versions   the rows of the version table
     * @param maskedUrl  the database, password masked, named in the heading of {@link Detail#ENTRIES}
     */
    public static List<String> current(RevisionGraph graph, List<String> versions, Detail detail, String maskedUrl) {
        List<String> out = new ArrayList<>();
        if (detail == Detail.ENTRIES) {
            out.add("Current revision(s) for " + maskedUrl + ":");
        }
        RevisionText text = new RevisionText(graph, List.of());
        for (String id : new TargetResolver(graph).currentBranchHeads(versions)) {
            out.add(detail == Detail.ENTRIES ? text.logEntry(id) : text.currentLine(id));
        }
        return out;
    }

    /** Whether {@code history} needs the database: to mark the current revisions, or for a range end {@code current}. */
    public static boolean historyReadsDatabase(String range, Marking marking) {
        return marking == Marking.CURRENT || range != null && Arrays.asList(range.split(":", -1)).contains(CURRENT);
    }

    /**
     * The output of {@code history}, newest first.
     *
     * @param range   {@code [start]:[end]}, either end may be {@code current}; null for every revision
     * @param current the rows of the version table; empty when {@link #historyReadsDatabase} says they are not needed
     */
    public static List<String> history(RevisionGraph graph, String range, List<String> current, Marking marking,
                                       Detail detail) {
        History history = new History(graph);
        List<String> ids = range == null ? history.all() : history.range(range, current);
        RevisionText text = new RevisionText(graph, marking == Marking.CURRENT ? current : List.of());
        return ids.stream().map(id -> detail == Detail.ENTRIES ? text.logEntry(id) : text.historyLine(id)).toList();
    }
}
