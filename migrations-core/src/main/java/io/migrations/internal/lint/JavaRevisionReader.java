package io.migrations.internal.lint;

import io.migrations.api.Suppression;
import io.migrations.internal.script.RecordedOperation;
import io.migrations.internal.script.RecordedOperations;
import io.migrations.internal.script.Script;
import io.migrations.java.Allow;
import io.migrations.ops.Execute;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a Java revision for linting from the operations its class recorded. {@link Allow} annotations cover the
 * revision; {@code -- migrations:allow} comments inside {@code execute(sql)} cover that statement.
 */
final class JavaRevisionReader {

    private static final OperationChanges CHANGES = new OperationChanges();

    private JavaRevisionReader() {
    }

    static LintedRevision read(Script script, RecordedOperations upgrade) {
        List<Suppression> allowed = Arrays.stream(upgrade.revisionClass().getAnnotationsByType(Allow.class))
                .map(allow -> new Suppression(allow.rule(), allow.reason(), 0, Suppression.Scope.REVISION))
                .toList();
        return new LintedRevision(script, statements(upgrade),
                script.downgrade().map(source -> statements((RecordedOperations) source)), allowed);
    }

    private static List<LintedStatement> statements(RecordedOperations source) {
        return source.operations().stream().map(JavaRevisionReader::statement).toList();
    }

    private static LintedStatement statement(RecordedOperation recorded) {
        List<Suppression> suppressions = recorded.operation() instanceof Execute execute
                ? Directives.inStatement(execute.statement().sql(), recorded.line())
                : List.of();
        return new LintedStatement(recorded.line(), recorded.operation().accept(CHANGES), suppressions);
    }
}
