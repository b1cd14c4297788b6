package io.migrations.ops;

/**
 * {@code DROP TABLE table}.
 *
 * @param table the table to drop
 */
public record DropTable(String table) implements Operation {

    public DropTable {
        Values.name(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
