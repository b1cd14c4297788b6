package io.migrations.ops;

/**
 * {@code ALTER TABLE table RENAME TO newName}.
 *
 * @param table   the current name
 * @param newName the new name
 */
public record RenameTable(String table, String newName) implements Operation {

    public RenameTable {
        Values.name(table, "table");
        Values.name(newName, "new table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
