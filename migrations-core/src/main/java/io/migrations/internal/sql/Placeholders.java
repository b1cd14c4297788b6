package io.migrations.internal.sql;

import io.migrations.api.OperationException;
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
        return SqlLexer.spans(sql).stream()
                .filter(span -> span.kind() == SqlLexer.Kind.SYMBOL && sql.charAt(span.start()) == '?')
                .map(SqlLexer.Span::start)
                .toList();
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
}
