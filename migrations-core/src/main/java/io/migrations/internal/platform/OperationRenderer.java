package io.migrations.internal.platform;

import io.migrations.api.DialectException;
import io.migrations.internal.sql.Statement;
import io.migrations.ops.AddColumn;
import io.migrations.ops.AddConstraint;
import io.migrations.ops.AlterColumn;
import io.migrations.ops.BulkInsert;
import io.migrations.ops.Check;
import io.migrations.ops.Column;
import io.migrations.ops.ConstraintType;
import io.migrations.ops.CreateIndex;
import io.migrations.ops.CreateTable;
import io.migrations.ops.Delete;
import io.migrations.ops.DropColumn;
import io.migrations.ops.DropConstraint;
import io.migrations.ops.DropIndex;
import io.migrations.ops.DropTable;
import io.migrations.ops.Execute;
import io.migrations.ops.ForeignKey;
import io.migrations.ops.InSchema;
import io.migrations.ops.IndexOption;
import io.migrations.ops.OperationVisitor;
import io.migrations.ops.PrimaryKey;
import io.migrations.ops.RenameTable;
import io.migrations.ops.SqlExpression;
import io.migrations.ops.TableConstraint;
import io.migrations.ops.Unique;
import io.migrations.ops.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes each operation as the statements that carry it out, spelled the way its {@link Database} says. */
final class OperationRenderer implements OperationVisitor<List<Statement>> {

    private static final String INDENT = "\n    ";

    private final Database dialect;
    /** The schema of {@link InSchema}, qualifying every table and index name; empty to leave them unqualified. */
    private final Optional<String> schema;

    OperationRenderer(Database dialect) {
        this(dialect, Optional.empty());
    }

    private OperationRenderer(Database dialect, Optional<String> schema) {
        this.dialect = dialect;
        this.schema = schema;
    }

    @Override
    public List<Statement> inSchema(InSchema operation) {
        return operation.operation().accept(new OperationRenderer(dialect, Optional.of(operation.schema())));
    }

    @Override
    public List<Statement> createTable(CreateTable operation) {
        SqlWriter sql = writer().append("CREATE TABLE ").qualified(schema, operation.table()).append(" (");
        String separator = INDENT;
        for (Column column : operation.columns()) {
            columnDefinition(sql.append(separator), column);
            separator = "," + INDENT;
        }
        for (TableConstraint constraint : operation.constraints()) {
            constraintDefinition(sql.append(separator), constraint);
        }
        return one(sql.append("\n)"));
    }

    @Override
    public List<Statement> dropTable(DropTable operation) {
        return one(writer().append("DROP TABLE ").qualified(schema, operation.table()));
    }

    @Override
    public List<Statement> renameTable(RenameTable operation) {
        return one(alterTable(operation.table()).append("RENAME TO ").name(operation.newName()));
    }

    @Override
    public List<Statement> addColumn(AddColumn operation) {
        List<Statement> statements = new ArrayList<>();
        statements.add(columnDefinition(alterTable(operation.table()).append("ADD COLUMN "), operation.column())
                .toStatement());
        for (TableConstraint constraint : operation.impliedConstraints()) {
            statements.addAll(addConstraint(new AddConstraint(operation.table(), constraint)));
        }
        return statements;
    }

    @Override
    public List<Statement> dropColumn(DropColumn operation) {
        return one(alterTable(operation.table()).append("DROP COLUMN ").name(operation.column()));
    }

    /**
     * One statement per change, type first: PostgreSQL refuses to change the type of a column whose default does not
     * cast, so a known existing default is dropped around the type change and then restored (unless replaced).
     */
    @Override
    public List<Statement> alterColumn(AlterColumn operation) {
        List<Statement> statements = new ArrayList<>();
        boolean defaultLifted = operation.type().isPresent() && operation.existingServerDefault().isPresent();
        operation.type().ifPresent(change -> {
            if (defaultLifted) {
                statements.add(alterColumnClause(operation).append("DROP DEFAULT").toStatement());
            }
            SqlWriter sql = alterColumnClause(operation).append("TYPE ").append(dialect.typeName(change.type()));
            change.using().ifPresent(using -> sql.append(" USING ").append(using));
            statements.add(sql.toStatement());
            if (defaultLifted && operation.serverDefault().isEmpty()) {
                statements.add(setDefault(operation, operation.existingServerDefault().get()));
            }
        });
        operation.nullable().ifPresent(nullable -> statements.add(
                alterColumnClause(operation).append(nullable ? "DROP NOT NULL" : "SET NOT NULL").toStatement()));
        operation.serverDefault().ifPresent(change -> {
            if (change.value().isPresent()) {
                statements.add(setDefault(operation, change.value().get()));
            } else if (!defaultLifted) {
                statements.add(alterColumnClause(operation).append("DROP DEFAULT").toStatement());
            }
        });
        operation.newName().ifPresent(newName -> statements.add(alterTable(operation.table())
                .append("RENAME COLUMN ").name(operation.column()).append(" TO ").name(newName).toStatement()));
        return statements;
    }

    private Statement setDefault(AlterColumn operation, Object value) {
        return alterColumnClause(operation).append("SET DEFAULT ").literal(value).toStatement();
    }

    @Override
    public List<Statement> createIndex(CreateIndex operation) {
        SqlWriter sql = writer().append(operation.has(IndexOption.UNIQUE) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        concurrently(sql, operation.has(IndexOption.CONCURRENTLY));
        if (operation.has(IndexOption.IF_NOT_EXISTS)) {
            sql.append("IF NOT EXISTS ");
        }
        sql.name(operation.name()).append(" ON ").qualified(schema, operation.table()).append(" ").names(operation.columns());
        if (operation.where().isPresent()) {
            if (!dialect.supportsPartialIndexes()) {
                throw DialectException.unsupported(dialect.displayName(), "partial index " + operation.name()
                        + " (WHERE " + operation.where().get() + ")", "index every row, or keep this revision to "
                        + "databases with partial indexes such as PostgreSQL");
            }
            sql.append(" WHERE ").append(operation.where().get());
        }
        return one(sql);
    }

    @Override
    public List<Statement> dropIndex(DropIndex operation) {
        SqlWriter sql = writer().append("DROP INDEX ");
        concurrently(sql, operation.has(IndexOption.CONCURRENTLY));
        if (operation.has(IndexOption.IF_EXISTS)) {
            sql.append("IF EXISTS ");
        }
        return one(sql.qualified(schema, operation.name()));
    }

    @Override
    public List<Statement> addConstraint(AddConstraint operation) {
        return one(constraintDefinition(alterTable(operation.table()).append("ADD "), operation.constraint()));
    }

    @Override
    public List<Statement> dropConstraint(DropConstraint operation) {
        SqlWriter sql = alterTable(operation.table());
        if (operation.type() == ConstraintType.PRIMARY_KEY && dialect.supportsDropPrimaryKey()) {
            return one(sql.append("DROP PRIMARY KEY"));
        }
        return one(sql.append("DROP CONSTRAINT ").name(operation.name()));
    }

    @Override
    public List<Statement> execute(Execute operation) {
        return one(writer().expression(operation.statement()));
    }

    @Override
    public List<Statement> bulkInsert(BulkInsert operation) {
        if (operation.rows().isEmpty()) {
            return List.of();
        }
        SqlWriter sql = writer().append("INSERT INTO ").qualified(schema, operation.table()).append(" ")
                .names(operation.columns()).append(" VALUES");
        String rowSeparator = INDENT;
        for (Map<String, Object> row : operation.rows()) {
            sql.append(rowSeparator).append("(");
            String separator = "";
            for (String column : operation.columns()) {
                sql.append(separator);
                if (row.containsKey(column)) {
                    sql.value(row.get(column));
                } else {
                    sql.append("DEFAULT");
                }
                separator = ", ";
            }
            sql.append(")");
            rowSeparator = "," + INDENT;
        }
        return one(sql);
    }

    @Override
    public List<Statement> update(Update operation) {
        SqlWriter sql = writer().append("UPDATE ").qualified(schema, operation.table()).append(" SET ");
        String separator = "";
        for (Update.Assignment assignment : operation.assignments()) {
            sql.append(separator).name(assignment.column()).append(" = ").value(assignment.value());
            separator = ", ";
        }
        return one(where(sql, operation.conditions()));
    }

    @Override
    public List<Statement> delete(Delete operation) {
        return one(where(writer().append("DELETE FROM ").qualified(schema, operation.table()), operation.conditions()));
    }

    private SqlWriter columnDefinition(SqlWriter sql, Column column) {
        sql.name(column.name()).append(" ").append(dialect.typeName(column.type()));
        column.identity().ifPresent(identity ->
                sql.append(" GENERATED ").append(identity.sql()).append(" AS IDENTITY"));
        column.serverDefault().ifPresent(value -> sql.append(" DEFAULT ").literal(value));
        if (!column.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql;
    }

    private SqlWriter constraintDefinition(SqlWriter sql, TableConstraint constraint) {
        sql.append("CONSTRAINT ").name(constraint.name().orElseThrow()).append(" ");
        if (constraint instanceof PrimaryKey primaryKey) {
            return sql.append("PRIMARY KEY ").names(primaryKey.columns());
        }
        if (constraint instanceof Unique unique) {
            return sql.append("UNIQUE ").names(unique.columns());
        }
        if (constraint instanceof Check check) {
            return sql.append("CHECK (").append(check.condition()).append(")");
        }
        ForeignKey foreignKey = (ForeignKey) constraint;
        sql.append("FOREIGN KEY ").names(foreignKey.columns()).append(" REFERENCES ")
                .qualified(schema, foreignKey.referencedTable()).append(" ").names(foreignKey.referencedColumns());
        foreignKey.onDelete().ifPresent(action -> sql.append(" ON DELETE ").append(action.sql()));
        foreignKey.onUpdate().ifPresent(action -> sql.append(" ON UPDATE ").append(action.sql()));
        return sql;
    }

    /** Appends the conditions joined with AND, each in parentheses when there are several. */
    private static SqlWriter where(SqlWriter sql, List<SqlExpression> conditions) {
        String separator = " WHERE ";
        for (SqlExpression condition : conditions) {
            sql.append(separator);
            if (conditions.size() > 1) {
                sql.append("(").expression(condition).append(")");
            } else {
                sql.expression(condition);
            }
            separator = " AND ";
        }
        return sql;
    }

    private void concurrently(SqlWriter sql, boolean requested) {
        if (requested && dialect.supportsConcurrentIndexes()) {
            sql.append("CONCURRENTLY ");
        }
    }

    private SqlWriter alterTable(String table) {
        return writer().append("ALTER TABLE ").qualified(schema, table).append(" ");
    }

    private SqlWriter alterColumnClause(AlterColumn operation) {
        return alterTable(operation.table()).append("ALTER COLUMN ").name(operation.column()).append(" ");
    }

    private SqlWriter writer() {
        return new SqlWriter(dialect);
    }

    private static List<Statement> one(SqlWriter sql) {
        return List.of(sql.toStatement());
    }
}
