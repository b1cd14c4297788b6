package io.migrations.ops;

/**
 * One schema or data change, recorded by {@link Operations} and rendered to SQL by a dialect.
 * Operations are plain immutable values; only a dialect knows how one becomes SQL.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex, AddConstraint, DropConstraint, Execute, BulkInsert, Update, Delete, InSchema {

    /** Calls the visitor method for this kind of operation. */
    <R> R accept(OperationVisitor<R> visitor);
}
