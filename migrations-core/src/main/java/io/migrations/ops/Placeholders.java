package io.migrations.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the JDBC {@code ?} placeholders of SQL text, the way the PostgreSQL driver does: a {@code ?} inside a string
 * literal ({@code '…'}, {@code E'…'}), a quoted identifier, a comment or a dollar-quoted string is not a placeholder.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** Zero-based offsets of the placeholders in {@code sql}, in order. */
    public static List<Integer> positions(String sql) {
        List<Integer> positions = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '?') {
                positions.add(i);
                i++;
            } else {
                i = skipToken(sql, i);
            }
        }
        return positions;
    }

    /**
     * Replaces the placeholders of {@code sql}, in order, by {@code render} applied to the matching value.
     *
     * @throws OperationException when the number of placeholders and values differ
     */
    public static String replace(String sql, List<?> values, Function<Object, String> render) {
        List<Integer> positions = requireCount(sql, values.size());
        StringBuilder out = new StringBuilder(sql.length() + 16 * values.size());
        int from = 0;
        for (int i = 0; i < positions.size(); i++) {
            out.append(sql, from, positions.get(i)).append(render.apply(values.get(i)));
            from = positions.get(i) + 1;
        }
        return out.append(sql, from, sql.length()).toString();
    }

    /**
     * The placeholder offsets of {@code sql}, checked to be {@code count}.
     *
     * @throws OperationException when there are more or fewer placeholders
     */
    public static List<Integer> requireCount(String sql, int count) {
        List<Integer> positions = positions(sql);
        if (positions.size() != count) {
            throw new OperationException("'" + sql + "' has " + positions.size() + " ? placeholder(s) but "
                    + count + " value(s) were given; pass one value per ?");
        }
        return positions;
    }

    /** Returns the offset after the token starting at {@code start}: a quoted or commented span, or one character. */
    private static int skipToken(String sql, int start) {
        char c = sql.charAt(start);
        if (c == '\'') {
            return skipQuoted(sql, start, '\'', isEscapeString(sql, start));
        }
        if (c == '"') {
            return skipQuoted(sql, start, '"', false);
        }
        if (sql.startsWith("--", start)) {
            int end = sql.indexOf('\n', start);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", start)) {
            return skipBlockComment(sql, start);
        }
        if (c == '$') {
            return skipDollarQuoted(sql, start);
        }
        return start + 1;
    }

    private static boolean isEscapeString(String sql, int quote) {
        return quote > 0 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote < 2 || !isIdentifierPart(sql.charAt(quote - 2)));
    }

    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    // PostgreSQL block comments nest.
    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int skipDollarQuoted(String sql, int start) {
        if (start > 0 && isIdentifierPart(sql.charAt(start - 1))) {
            return start + 1;
        }
        int tagEnd = start + 1;
        while (tagEnd < sql.length() && isIdentifierPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
            tagEnd++;
        }
        boolean validTag = tagEnd == start + 1 || !Character.isDigit(sql.charAt(start + 1));
        if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$' || !validTag) {
            return start + 1;
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        return close < 0 ? sql.length() : close + tag.length();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
