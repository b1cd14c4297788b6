package io.migrations.ops;

/**
 * {@code ALTER TABLE table DROP COLUMN column}.
 *
 * @param table  the table
 * @param column the column to drop
 */
public record DropColumn(String table, String column) implements Operation {

    public DropColumn {
        Values.name(table, "table");
        Values.name(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
