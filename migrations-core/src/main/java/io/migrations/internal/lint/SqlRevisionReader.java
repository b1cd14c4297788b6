package io.migrations.internal.lint;

import io.migrations.api.Suppression;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.StatementSource;
import io.migrations.internal.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Reads a SQL revision for linting. Suppressions in the header (above {@code -- upgrade}) cover the revision; those
 * in the comment lines directly above a statement, inside it, or after it on its last line cover that statement.
 */
final class SqlRevisionReader {

    private SqlRevisionReader() {
    }

    static LintedRevision read(Script script) {
        List<String> lines = SourceText.lines(script.revision().location());
        int upgradeMarker = markerLine(lines, "upgrade");
        return new LintedRevision(script, statements(script.upgrade(), lines),
                script.downgrade().map(source -> statements(source, lines)),
                Directives.scan(lines, 1, upgradeMarker - 1, Suppression.Scope.REVISION));
    }

    private static List<LintedStatement> statements(StatementSource source, List<String> lines) {
        return source.statements(Databases.POSTGRESQL).stream()
                .map(statement -> new LintedStatement(statement.line(), SqlChanges.of(statement.sql()),
                        suppressions(statement, lines)))
                .toList();
    }

    private static List<Suppression> suppressions(Statement statement, List<String> lines) {
        if (lines.isEmpty()) {
            return Directives.inStatement(statement.sql(), statement.line());
        }
        int last = statement.line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
        int first = statement.line();
        while (first > 1 && isPlainComment(lines.get(first - 2))) {
            first--;
        }
        return Directives.scan(lines, first, last, Suppression.Scope.STATEMENT);
    }

    private static boolean isPlainComment(String line) {
        String text = line.strip();
        return text.startsWith("--") && !isMarker(text, "upgrade") && !isMarker(text, "downgrade");
    }

    /** 1-based line of the {@code -- upgrade} or {@code -- downgrade} marker; past the end when absent. */
    private static int markerLine(List<String> lines, String section) {
        for (int i = 0; i < lines.size(); i++) {
            if (isMarker(lines.get(i).strip(), section)) {
                return i + 1;
            }
        }
        return lines.size() + 1;
    }

    private static boolean isMarker(String text, String section) {
        return text.startsWith("--") && text.substring(2).strip().toLowerCase(Locale.ROOT).equals(section);
    }
}
