package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Inserts rows given as column-to-value maps, as one {@code INSERT … VALUES} whose values are parameters.
 * A row that lacks a column gets the column's default ({@code DEFAULT}), exactly as if it had been inserted alone;
 * a {@code null} value is SQL NULL; an {@link SqlExpression} value is computed by the database.
 *
 * @param table   the table to fill
 * @param columns the columns any row sets, sorted by name so that the SQL does not depend on map order
 * @param rows    the rows; each maps some of {@code columns} to values
 */
public record BulkInsert(String table, List<String> columns, List<Map<String, @Nullable Object>> rows) implements Operation {

    public BulkInsert {
        Values.name(table, "table");
        columns = List.copyOf(columns);
        rows = rows.stream().map(BulkInsert::copy).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (!columns.containsAll(rows.get(i).keySet())) {
                throw new OperationException("bulkInsert(" + table + "): row " + (i + 1) + " sets "
                        + rows.get(i).keySet() + ", not all among the columns " + columns);
            }
            if (rows.get(i).isEmpty()) {
                throw new OperationException("bulkInsert(" + table + "): row " + (i + 1) + " sets no column; give "
                        + "each row at least one value");
            }
        }
    }

    /** The rows, with the columns taken from their keys. */
    public static BulkInsert of(String table, List<? extends Map<String, ?>> rows) {
        TreeSet<String> columns = new TreeSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        columns.forEach(column -> Values.name(column, "column"));
        return new BulkInsert(table, List.copyOf(columns), rows.stream().map(BulkInsert::copy).toList());
    }

    // Map.copyOf rejects null values, which stand for SQL NULL here.
    private static Map<String, Object> copy(Map<String, ?> row) {
        return Collections.unmodifiableMap(new HashMap<>(row));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }
}
