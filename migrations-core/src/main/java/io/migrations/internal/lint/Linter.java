package io.migrations.internal.lint;

import io.migrations.api.Finding;
import io.migrations.api.LintReport;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.RecordedOperations;
import io.migrations.internal.script.Script;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks revisions for operations that are risky on a live PostgreSQL database (see {@link Rule}). SQL revisions
 * are read statement by statement, Java revisions operation by operation; both give the same findings.
 *
 * <pre>{@code
 * LintReport report = Linter.lint(graph, scripts, List.of());   // or migrations.lint() through the facade
 * System.out.print(LintFormat.text(report));
 * if (FailOn.ERROR.fails(report)) { ... }
 * }</pre>
 *
 * <p>"Existing" tables are those not created earlier in the same revision ({@link Scope#EACH_REVISION}) or in the
 * same upgrade ({@link Scope#ONE_PLAN}): an index or constraint on a table created moments before is harmless.
 * Upgrade statements are checked by every rule; downgrade statements only for what PostgreSQL refuses
 * ({@code CONCURRENTLY} in a transaction), since undoing a change naturally drops what the upgrade added.
 */
public final class Linter {

    /** Which tables count as new, and so safe to change. */
    public enum Scope {
        /** Each revision on its own: tables created in the same revision. */
        EACH_REVISION,
        /** The revisions run together in one upgrade: tables created by any of them, earlier. */
        ONE_PLAN
    }

    private Linter() {
    }

    /**
     * Lints the revisions with the given ids among {@code scripts}.
     *
     * @param scripts every revision in upgrade order (parents first); those not selected are read too, because a
     *                check constraint validated in an earlier revision makes a later {@code SET NOT NULL} safe
     * @param ids     the revisions to report on
     * @param scope   which tables count as new
     */
    public static LintReport lint(List<Script> scripts, Collection<String> ids, Scope scope) {
        Set<String> selected = Set.copyOf(ids);
        Facts facts = new Facts();
        List<Finding> findings = new ArrayList<>();
        boolean previousSelected = false;
        for (Script script : scripts) {
            boolean isSelected = selected.contains(script.id());
            if (scope == Scope.EACH_REVISION || !previousSelected || !isSelected) {
                facts.forgetNewTables();
            }
            List<Finding> found = RevisionLint.lint(read(script), facts);
            if (isSelected) {
                findings.addAll(found);
            }
            previousSelected = isSelected;
        }
        return new LintReport((int) scripts.stream().filter(script -> selected.contains(script.id())).count(),
                findings);
    }

    /**
     * Lints revisions each on its own, without a database.
     *
     * @param graph   the graph of {@code scripts}, for their order
     * @param scripts every revision
     * @param ids     the revisions to report on; all when empty
     * @throws io.migrations.api.TargetException when an id names no revision
     */
    public static LintReport lint(RevisionGraph graph, List<Script> scripts, Collection<String> ids) {
        List<Script> ordered = upgradeOrder(graph, scripts);
        List<String> selected = ids.isEmpty()
                ? ordered.stream().map(Script::id).toList()
                : ids.stream().map(id -> graph.get(id).id()).toList();
        return lint(ordered, selected, Scope.EACH_REVISION);
    }

    /** {@code scripts} with every revision after its parents and dependencies, otherwise in the given order. */
    public static List<Script> upgradeOrder(RevisionGraph graph, List<Script> scripts) {
        Map<String, Integer> depth = scripts.stream().collect(Collectors.toMap(Script::id,
                script -> graph.ancestors(List.of(script.id()), Dependencies.FOLLOWED).size(), (a, b) -> a));
        return scripts.stream().sorted(Comparator.comparing(script -> depth.get(script.id()))).toList();
    }

    private static LintedRevision read(Script script) {
        return script.upgrade() instanceof RecordedOperations operations
                ? JavaRevisionReader.read(script, operations)
                : SqlRevisionReader.read(script);
    }
}
