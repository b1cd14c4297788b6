package io.migrations.internal.engine;

import io.migrations.api.Policy;
import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@link Verdict} on a database: its version rows, what an upgrade to a target would apply, revisions the
 * code does not have, applied revisions whose checksum changed, and the last failed run.
 *
 * @param graph              the revisions
 * @param scripts            the revisions' scripts by id, for their checksums
 * @param versions           the version table
 * @param history            the history table, for checksums and the last run
 * @param onUnknownRevision  the policy the verdict carries for unknown revisions
 * @param onChecksumMismatch the policy the verdict carries for edited revisions
 */
public record Verdicts(RevisionGraph graph, Map<String, Script> scripts, VersionTable versions, HistoryTable history,
                       Policy onUnknownRevision, Policy onChecksumMismatch) {

    /** The target a run is judged against before it is planned: where the database is, so nothing is pending. */
    public static final String WHERE_IT_IS = "current";

    public Verdicts {
        scripts = Map.copyOf(scripts);
    }

    /** Reads the version table and judges the database against {@code target}. */
    public Verdict read(Connection connection, String target) throws SQLException {
        return read(connection, versions.read(connection), target);
    }

    /**
     * Judges a database whose version rows are {@code current} against {@code target}; with {@link #WHERE_IT_IS},
     * nothing is pending. With unknown revisions nothing is pending or edited either: what was applied before them
     * cannot be told.
     */
    public Verdict read(Connection connection, List<String> current, String target) throws SQLException {
        List<String> unknown = unknown(current);
        List<Step> plan = unknown.isEmpty() && !target.equals(WHERE_IT_IS)
                ? new Planner(graph).upgrade(current, target) : List.of();
        List<String> expected = new ArrayList<>(current);
        plan.forEach(step -> step.versionOps().forEach(op -> op.applyTo(expected)));
        List<Revision> pending = plan.stream().flatMap(step -> step.revision().stream()).toList();
        List<Revision> edited = unknown.isEmpty() ? edited(connection, current) : List.of();
        return new Verdict(current, target, expected, pending, unknown, edited, history.lastFailure(connection),
                onUnknownRevision, onChecksumMismatch);
    }

    /** Revisions in {@code current} that no revision file defines. */
    public List<String> unknown(List<String> current) {
        return current.stream().filter(id -> !scripts.containsKey(id)).toList();
    }

    private List<Revision> edited(Connection connection, List<String> current) throws SQLException {
        Map<String, String> recorded = history.appliedChecksums(connection);
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> applied = graph.ancestors(current, true);
        List<Revision> edited = new ArrayList<>();
        recorded.forEach((id, checksum) -> {
            Script script = scripts.get(id);
            if (script != null && applied.contains(id) && !script.checksum().equals(checksum)) {
                edited.add(script.revision());
            }
        });
        return edited;
    }
}
