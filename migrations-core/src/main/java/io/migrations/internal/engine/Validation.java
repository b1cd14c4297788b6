package io.migrations.internal.engine;

import io.migrations.api.RecordedState;
import io.migrations.api.Revision;
import io.migrations.api.ValidationException;
import io.migrations.api.Verdict;
import io.migrations.internal.bookkeeping.BookkeepingTables;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.plan.Planner;
import io.migrations.internal.plan.Step;
import io.migrations.internal.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what the database says it ran with the revision files and a target: the {@link Verdict} (what an upgrade
 * to the target would apply, revisions no file defines, applied revisions whose file changed since, the last failed
 * run); and, before a run, reacts to unknown and edited revisions as the policies say.
 */
public final class Validation {

    private static final Logger log = LoggerFactory.getLogger(Validation.class);

    /** The target a run is judged against before it is planned: where the database is, so nothing is pending. */
    private static final String WHERE_IT_IS = "current";

    private final Map<String, Script> scripts;
    private final RevisionGraph graph;

    public Validation(Map<String, Script> scripts, RevisionGraph graph) {
        this.scripts = scripts;
        this.graph = graph;
    }

    /** The revisions of {@code current} that no revision file defines. */
    public List<String> unknown(List<String> current) {
        return current.stream().filter(id -> !scripts.containsKey(id)).toList();
    }

    /**
     * Judges a database whose version rows are {@code current} against {@code target}. With unknown revisions nothing
     * is pending or edited: what was applied before them cannot be told.
     */
    public Verdict verdict(Connection connection, BookkeepingTables tables, List<String> current, String target,
                           RunSettings settings) throws SQLException {
        Map<String, String> checksums = unknown(current).isEmpty() ? tables.history().appliedChecksums(connection)
                : Map.of();
        return verdict(new RecordedState(current, checksums, tables.history().lastFailure(connection)), target,
                settings);
    }

    /** Judges a database whose tables record {@code recorded} against {@code target}; reads nothing. */
    public Verdict verdict(RecordedState recorded, String target, RunSettings settings) {
        List<String> current = recorded.current();
        List<String> unknown = unknown(current);
        List<Step> plan = unknown.isEmpty() && !target.equals(WHERE_IT_IS)
                ? new Planner(graph).upgrade(current, target) : List.of();
        List<String> expected = new ArrayList<>(current);
        plan.forEach(step -> step.versionOps().forEach(op -> op.applyTo(expected)));
        List<Revision> pending = plan.stream().flatMap(step -> step.revision().stream()).toList();
        List<Revision> edited = unknown.isEmpty() ? edited(recorded.appliedChecksums(), current) : List.of();
        return new Verdict(current, target, expected, pending, unknown, edited, recorded.lastFailure(),
                settings.onUnknownRevision(), settings.onChecksumMismatch());
    }

    /**
     * Checks the database at {@code current} against the files before a run: warns or fails as the policies say.
     *
     * @throws ValidationException when an unknown or edited revision is found under the policy {@code FAIL}
     */
    public void validate(Connection connection, BookkeepingTables tables, List<String> current, RunSettings settings)
            throws SQLException {
        enforce(verdict(connection, tables, current, WHERE_IT_IS, settings));
    }

    /**
     * The same check of a state read before, reading nothing.
     *
     * @throws ValidationException when an unknown or edited revision is found under the policy {@code FAIL}
     */
    public void validate(RecordedState recorded, RunSettings settings) {
        enforce(verdict(recorded, WHERE_IT_IS, settings));
    }

    private static void enforce(Verdict verdict) {
        verdict.enforce(EnumSet.of(ValidationException.Problem.UNKNOWN_REVISION, ValidationException.Problem.EDITED))
                .forEach(warning -> log.warn(warning.getMessage()));
    }

    /** The applied revisions (up to {@code current}) whose checksum differs from the one recorded when they ran. */
    private List<Revision> edited(Map<String, String> recorded, List<String> current) {
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> applied = graph.ancestors(current, Dependencies.FOLLOWED);
        List<Revision> edited = new ArrayList<>();
        recorded.forEach((id, checksum) -> {
            Script script = scripts.get(id);
            if (script != null && applied.contains(id) && !script.matchesChecksum(checksum)) {
                edited.add(script.revision());
            }
        });
        return edited;
    }
}
