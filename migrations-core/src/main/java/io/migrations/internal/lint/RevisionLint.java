package io.migrations.internal.lint;

import io.migrations.api.Finding;
import io.migrations.api.Rule;
import io.migrations.api.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Applies every rule to one read revision, learning facts as its upgrade statements go by. */
final class RevisionLint {

    private final LintedRevision revision;
    private final Facts facts;
    private final List<Finding> findings = new ArrayList<>();

    private RevisionLint(LintedRevision revision, Facts facts) {
        this.revision = revision;
        this.facts = facts;
    }

    /** The findings of {@code revision}, in statement order; {@code facts} learns from its upgrade. */
    static List<Finding> lint(LintedRevision revision, Facts facts) {
        RevisionLint lint = new RevisionLint(revision, facts);
        lint.statements(revision.upgrade(), ChangeCheck.UPGRADE, true);
        revision.downgrade().ifPresent(downgrade -> lint.statements(downgrade, ChangeCheck.DOWNGRADE, false));
        lint.missingDowngrade();
        lint.backfillWithDdl();
        return List.copyOf(lint.findings);
    }

    private void statements(List<LintedStatement> statements, List<ChangeCheck> checks, boolean learn) {
        boolean transactional = revision.script().transactional();
        for (LintedStatement statement : statements) {
            for (Change change : statement.changes()) {
                for (ChangeCheck check : checks) {
                    check.detector().detect(change, facts, transactional)
                            .ifPresent(message -> add(check.rule(), statement, message));
                }
                if (learn) {
                    facts.apply(change);
                }
            }
        }
    }

    private void missingDowngrade() {
        Optional<List<LintedStatement>> downgrade = revision.downgrade();
        if (downgrade.isEmpty()) {
            add(Rule.MISSING_DOWNGRADE, null, "revision " + revision.script().id() + " has no downgrade");
        } else if (downgrade.get().isEmpty() && changesSomething(revision.upgrade())) {
            add(Rule.MISSING_DOWNGRADE, null, "revision " + revision.script().id() + " has an empty downgrade");
        }
    }

    /** Whether the upgrade changes schema or rows; an empty downgrade rightly undoes a no-op such as a merge. */
    private static boolean changesSomething(List<LintedStatement> upgrade) {
        return upgrade.stream().flatMap(statement -> statement.changes().stream())
                .anyMatch(change -> change.ddl() || change instanceof Change.DataChange);
    }

    private void backfillWithDdl() {
        Optional<LintedStatement> ddl = revision.upgrade().stream()
                .filter(statement -> statement.changes().stream().anyMatch(Change::ddl))
                .findFirst();
        revision.upgrade().stream()
                .filter(statement -> statement.changes().stream().anyMatch(RevisionLint::isBackfill))
                .findFirst()
                .ifPresent(backfill -> ddl.ifPresent(schema -> add(Rule.BACKFILL_WITH_DDL, backfill,
                        describe(backfill) + " runs in the same revision as the schema change on line "
                                + schema.line())));
    }

    private static boolean isBackfill(Change change) {
        return change instanceof Change.DataChange data && data.backfill();
    }

    private static String describe(LintedStatement backfill) {
        Change.DataChange data = (Change.DataChange) backfill.changes().stream()
                .filter(RevisionLint::isBackfill).findFirst().orElseThrow();
        return data.table().isEmpty() ? "a " + data.verb() : data.verb() + " of table " + data.table();
    }

    /** Records a finding of {@code statement} ({@code null} for the revision as a whole). */
    private void add(Rule rule, LintedStatement statement, String message) {
        List<Suppression> statementSuppressions = statement == null ? List.of() : statement.suppressions();
        Optional<Suppression> suppression = Stream.concat(statementSuppressions.stream(),
                        revision.suppressions().stream())
                .filter(candidate -> candidate.covers(rule))
                .findFirst();
        findings.add(new Finding(rule, revision.script().id(), revision.script().revision().location(),
                statement == null ? 0 : statement.line(), message, suppression));
    }
}
