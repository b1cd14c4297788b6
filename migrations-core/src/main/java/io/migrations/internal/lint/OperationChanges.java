package io.migrations.internal.lint;

import io.migrations.internal.lint.Change.ConstraintKind;
import io.migrations.internal.sql.SqlLexer;
import io.migrations.ops.AddColumn;
import io.migrations.ops.AddConstraint;
import io.migrations.ops.AlterColumn;
import io.migrations.ops.BulkInsert;
import io.migrations.ops.Check;
import io.migrations.ops.Column;
import io.migrations.ops.ColumnType;
import io.migrations.ops.CreateIndex;
import io.migrations.ops.CreateTable;
import io.migrations.ops.Delete;
import io.migrations.ops.DropColumn;
import io.migrations.ops.DropConstraint;
import io.migrations.ops.DropIndex;
import io.migrations.ops.DropTable;
import io.migrations.ops.Execute;
import io.migrations.ops.InSchema;
import io.migrations.ops.IndexOption;
import io.migrations.ops.OperationVisitor;
import io.migrations.ops.RenameTable;
import io.migrations.ops.SqlExpression;
import io.migrations.ops.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a Java DSL operation changes. The DSL never writes {@code IF [NOT] EXISTS} or {@code NOT VALID};
 * {@code execute(sql)} is read like an SQL statement.
 */
final class OperationChanges implements OperationVisitor<List<Change>> {

    @Override
    public List<Change> createTable(CreateTable operation) {
        return List.of(new Change.CreateTable(operation.table(), false));
    }

    @Override
    public List<Change> dropTable(DropTable operation) {
        return List.of(new Change.DropTable(operation.table(), false));
    }

    @Override
    public List<Change> renameTable(RenameTable operation) {
        return List.of(new Change.RenameTable(operation.table(), operation.newName()));
    }

    @Override
    public List<Change> addColumn(AddColumn operation) {
        Column column = operation.column();
        Optional<String> defaultValue = column.serverDefault()
                .map(value -> value instanceof SqlExpression expression ? expression.sql() : String.valueOf(value));
        return List.of(new Change.AddColumn(operation.table(), column.name(), !column.isNullable(), defaultValue,
                column.identity().isPresent(), false));
    }

    @Override
    public List<Change> dropColumn(DropColumn operation) {
        return List.of(new Change.DropColumn(operation.table(), operation.column(), false));
    }

    @Override
    public List<Change> alterColumn(AlterColumn operation) {
        String table = operation.table();
        String column = operation.column();
        List<Change> changes = new ArrayList<>();
        operation.type().ifPresent(change -> changes.add(new Change.AlterColumnType(table, column,
                typeName(change.type()))));
        if (operation.nullable().equals(Optional.of(false))) {
            changes.add(new Change.SetNotNull(table, column));
        }
        operation.newName().ifPresent(name -> changes.add(new Change.RenameColumn(table, column, name)));
        return changes.isEmpty() ? List.of(new Change.Other(true, false)) : changes;
    }

    @Override
    public List<Change> createIndex(CreateIndex operation) {
        return List.of(new Change.CreateIndex(operation.table(), operation.name(),
                operation.has(IndexOption.CONCURRENTLY), operation.has(IndexOption.IF_NOT_EXISTS)));
    }

    @Override
    public List<Change> dropIndex(DropIndex operation) {
        return List.of(new Change.CreateOrDrop("index " + operation.name(), operation.has(IndexOption.IF_EXISTS),
                operation.has(IndexOption.CONCURRENTLY)));
    }

    @Override
    public List<Change> addConstraint(AddConstraint operation) {
        ConstraintKind kind = ConstraintKind.valueOf(operation.constraint().type().name());
        List<String> notNull = operation.constraint() instanceof Check check
                ? AlterTableChanges.notNullColumns(SqlLexer.tokens(check.condition()))
                : List.of();
        return List.of(new Change.AddConstraint(operation.table(), operation.constraint().name(), kind, false,
                notNull));
    }

    @Override
    public List<Change> dropConstraint(DropConstraint operation) {
        return List.of(new Change.Other(true, false));
    }

    @Override
    public List<Change> execute(Execute operation) {
        return SqlChanges.of(operation.statement().sql());
    }

    @Override
    public List<Change> bulkInsert(BulkInsert operation) {
        return List.of(new Change.DataChange(operation.table(), "INSERT", false));
    }

    @Override
    public List<Change> update(Update operation) {
        return List.of(new Change.DataChange(operation.table(), "UPDATE", true));
    }

    @Override
    public List<Change> delete(Delete operation) {
        return List.of(new Change.DataChange(operation.table(), "DELETE", true));
    }

    private static String typeName(ColumnType type) {
        if (type instanceof ColumnType.Varchar varchar) {
            return "varchar(" + varchar.length() + ")";
        }
        if (type instanceof ColumnType.Numeric numeric) {
            return "numeric(" + numeric.precision() + "," + numeric.scale() + ")";
        }
        return type instanceof ColumnType.Raw raw ? raw.sql() : type.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Change> inSchema(InSchema operation) {
        return operation.operation().accept(this);
    }
}
