package io.migrations.internal.render;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import java.util.Collection;
import java.util.Set;

/**
 * A revision as Alembic 1.x prints it ({@code Script._head_only} and {@code Script.log_entry}), so that the
 * output of {@code current}, {@code heads}, {@code branches}, {@code history} and {@code show} diffs clean
 * against Alembic's for the same revisions. Shared by every front end (the CLI, the Maven plugin), so they print alike.
 *
 * <p>Where Alembic prints a Python set (branch labels, {@code Branches into}) its order varies from run to run;
 * here it is load order.
 */
public final class RevisionText {

    private final RevisionGraph graph;
    private final Set<String> current;

    /**
     * @param graph   the revisions
     * @param current revisions to mark {@code (current)}; empty unless the command shows the database state
     */
    public RevisionText(RevisionGraph graph, Collection<String> current) {
        this.graph = graph;
        this.current = Set.copyOf(current);
    }

    /** A {@code history} line: {@code 1a2b -> 8f97 (head), Add users table}. */
    public String historyLine(String id) {
        return line(id, true, true, true, true);
    }

    /** A {@code heads} line: the id, labels and head markers, no tree markers. */
    public String headsLine(String id) {
        return line(id, true, false, false, false);
    }

    /** A {@code current} line: the id with head and tree markers. */
    public String currentLine(String id) {
        return line(id, false, false, false, true);
    }

    /** The branch point line of {@code branches}. */
    public String branchPointLine(String id) {
        return line(id, true, false, false, true);
    }

    /** A child line of {@code branches}, indented under its branch point, with the message in verbose mode. */
    public String branchLine(String branchPoint, String child, boolean withMessage) {
        return " ".repeat(branchPoint.length()) + " -> " + line(child, true, withMessage, false, true);
    }

    /** The block of {@code -v} output and {@code show}: {@code Rev:}, {@code Parent:}, {@code Path:}, the docstring. */
    public String logEntry(String id) {
        Revision revision = graph.get(id);
        StringBuilder entry = new StringBuilder("Rev: ").append(id)
                .append(graph.isHead(id) ? " (head)" : "")
                .append(graph.isBranchPoint(id) ? " (branchpoint)" : "")
                .append(graph.isMergePoint(id) ? " (mergepoint)" : "")
                .append(current.contains(id) ? " (current)" : "")
                .append('\n');
        entry.append(graph.isMergePoint(id) ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (graph.isBranchPoint(id)) {
            entry.append("Branches into: ").append(String.join(", ", graph.children(id))).append('\n');
        }
        if (!graph.branchLabels(id).isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", graph.branchLabels(id))).append('\n');
        }
        entry.append("Path: ").append(revision.location()).append('\n');
        entry.append('\n');
        for (String paragraph : longDoc(revision).split("\n", -1)) {
            entry.append("    ").append(paragraph).append('\n');
        }
        return entry.toString();
    }

    private String line(String id, boolean labels, boolean doc, boolean parents, boolean treeMarkers) {
        Revision revision = graph.get(id);
        StringBuilder text = new StringBuilder();
        if (parents) {
            text.append(downRevisions(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(id);
        if (labels && !graph.branchLabels(id).isEmpty()) {
            text.append(" (").append(String.join(", ", graph.branchLabels(id))).append(')');
        }
        text.append(graph.isRealHead(id) ? " (head)" : "")
                .append(graph.isHead(id) && !graph.isRealHead(id) ? " (effective head)" : "")
                .append(current.contains(id) ? " (current)" : "");
        if (treeMarkers) {
            text.append(graph.isBranchPoint(id) ? " (branchpoint)" : "")
                    .append(graph.isMergePoint(id) ? " (mergepoint)" : "");
        }
        if (doc) {
            text.append(", ").append(doc(revision));
        }
        return text.toString();
    }

    private static String downRevisions(Revision revision) {
        return revision.isBase() ? "<base>" : String.join(", ", revision.downRevisions());
    }

    /**
     * The docstring Alembic's template writes at the top of a revision, stripped as Alembic reads it back:
     * the message, then {@code Revision ID}, {@code Revises} and {@code Create Date}.
     */
    public static String longDoc(Revision revision) {
        return (revision.message() + "\n\nRevision ID: " + revision.id()
                + "\nRevises: " + String.join(", ", revision.downRevisions())
                + "\nCreate Date: " + revision.createDate()).strip();
    }

    /** The first paragraph of {@link #longDoc}: what Alembic shows after the comma in one-line formats. */
    public static String doc(Revision revision) {
        return longDoc(revision).split("\n\n", -1)[0];
    }
}
