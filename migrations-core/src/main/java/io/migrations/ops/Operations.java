package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Java revision's {@code upgrade} and {@code downgrade} call to change the schema and data, in the manner of
 * Alembic's {@code op}. Each call adds one {@link Operation}; nothing runs until the whole revision has been
 * recorded and rendered, so an operation a database cannot do fails before any SQL is sent.
 *
 * <p>Implementations only provide {@link #apply(Operation)}; every other method builds an operation and applies it.
 */
@FunctionalInterface
public interface Operations {

    /** Adds {@code operation}; also the way to apply an operation built by hand. */
    void apply(Operation operation);

    /**
     * The operations of this revision, with their tables in {@code schema} instead of the first schema of the search
     * path, like Alembic's {@code schema=} argument:
     * <pre>{@code
     * op.inSchema("audit").createTable("events", column("id", BIGINT).primaryKey());
     * Operations audit = op.inSchema("audit");
     * audit.createIndex("ix_events_at", "events", "at");   // CREATE INDEX ix_events_at ON audit.events (at)
     * }</pre>
     * Every name an operation gives is taken in that schema: the table, an index to drop, and the table a foreign
     * key references. Names never carry their schema after a dot: {@code createTable("audit.events")} is refused,
     * since PostgreSQL would make a table literally called {@code audit.events}. {@link #execute(String, Object...)}
     * sends its SQL as written, so it is refused here; qualify the names in the SQL instead.
     *
     * @param schema the schema, which must exist; the last call wins when calls are chained
     * @return operations that add to this revision, each placed in {@code schema}
     */
    default Operations inSchema(String schema) {
        Values.name(schema, "schema");
        return operation -> apply(operation instanceof InSchema ? operation : new InSchema(schema, operation));
    }

    /**
     * Creates a table from columns and constraints, e.g.
     * {@code createTable("users", column("id", INTEGER).primaryKey().autoincrement(), column("email", string(255)))}.
     */
    default void createTable(String table, TableElement... elements) {
        apply(CreateTable.of(table, List.of(elements)));
    }

    /** Drops a table. */
    default void dropTable(String table) {
        apply(new DropTable(table));
    }

    /** Renames a table. */
    default void renameTable(String table, String newName) {
        apply(new RenameTable(table, newName));
    }

    /** Adds a column, with the constraints its primary key and unique flags stand for. */
    default void addColumn(String table, Column column) {
        apply(new AddColumn(table, column));
    }

    /** Drops a column. */
    default void dropColumn(String table, String column) {
        apply(new DropColumn(table, column));
    }

    /** Changes a column, e.g. {@code alterColumn(alter("logs", "cost").renameTo("cost_deprecated"))}. */
    default void alterColumn(AlterColumn change) {
        if (!change.hasChanges()) {
            throw new OperationException("alterColumn(" + change.table() + "." + change.column() + ") changes "
                    + "nothing; call setType, setNotNull, dropNotNull, setServerDefault, dropServerDefault "
                    + "or renameTo");
        }
        apply(change);
    }

    /** Creates a plain index on {@code columns}. */
    default void createIndex(String name, String table, String... columns) {
        apply(CreateIndex.of(name, table, List.of(columns)));
    }

    /** Creates an index with options, e.g. {@code createIndex(index("ix", "users", "email").unique())}. */
    default void createIndex(CreateIndex index) {
        apply(index);
    }

    /** Drops an index; options {@link IndexOption#IF_EXISTS} and {@link IndexOption#CONCURRENTLY}. */
    default void dropIndex(String name, IndexOption... options) {
        apply(new DropIndex(name, Set.copyOf(Arrays.asList(options))));
    }

    /** Adds a primary key to an existing table. */
    default void createPrimaryKey(String name, String table, String... columns) {
        apply(new AddConstraint(table, Dsl.primaryKey(columns).named(name)));
    }

    /** Adds a unique constraint to an existing table. */
    default void createUniqueConstraint(String name, String table, String... columns) {
        apply(new AddConstraint(table, Dsl.unique(columns).named(name)));
    }

    /** Adds a check constraint to an existing table. */
    default void createCheckConstraint(String name, String table, String condition) {
        apply(new AddConstraint(table, Dsl.check(condition).named(name)));
    }

    /**
     * Adds a foreign key to an existing table, e.g. {@code createForeignKey("fk_logs_user_id", "logs",
     * foreignKey("user_id").references("users", "id").onDelete(CASCADE))}.
     */
    default void createForeignKey(String name, String table, ForeignKey foreignKey) {
        apply(new AddConstraint(table, foreignKey.named(name)));
    }

    /** Drops a constraint of the given type. */
    default void dropConstraint(String name, String table, ConstraintType type) {
        apply(new DropConstraint(name, table, type));
    }

    /**
     * Runs SQL written by hand. With {@code parameters}, its {@code ?} placeholders take them in order; without,
     * the text is used as is.
     */
    default void execute(String sql, Object... parameters) {
        apply(new Execute(SqlExpression.of(sql, parameters)));
    }

    /** Runs an update built with {@link Dsl#update}. */
    default void execute(Update update) {
        apply(update);
    }

    /** Runs a delete built with {@link Dsl#deleteFrom}. */
    default void execute(Delete delete) {
        apply(delete);
    }

    /** Inserts rows given as column-to-value maps; see {@link BulkInsert}. */
    default void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        apply(BulkInsert.of(table, rows));
    }
}
