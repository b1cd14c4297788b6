package io.migrations.internal.lint;

import io.migrations.api.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code -- migrations:allow <rule-id> reason} comments in lines of SQL. */
final class Directives {

    private static final Pattern ALLOW = Pattern.compile("--\\s*migrations:allow\\s+(\\S+)\\s*(.*)$");

    private Directives() {
    }

    /**
     * The suppressions written on lines {@code from} to {@code to} (1-based, inclusive) of {@code lines}.
     *
     * @param scope what they cover
     */
    static List<Suppression> scan(List<String> lines, int from, int to, Suppression.Scope scope) {
        List<Suppression> found = new ArrayList<>();
        for (int line = Math.max(from, 1); line <= Math.min(to, lines.size()); line++) {
            Matcher matcher = ALLOW.matcher(lines.get(line - 1));
            if (matcher.find()) {
                found.add(new Suppression(matcher.group(1), matcher.group(2), line, scope));
            }
        }
        return found;
    }

    /** The statement suppressions inside {@code sql}, numbered from {@code firstLine}. */
    static List<Suppression> inStatement(String sql, int firstLine) {
        List<String> lines = sql.lines().toList();
        return scan(lines, 1, lines.size(), Suppression.Scope.STATEMENT).stream()
                .map(s -> new Suppression(s.ruleId(), s.reason(), s.line() - 1 + Math.max(firstLine, 1), s.scope()))
                .toList();
    }
}
