package io.migrations.ops;

import java.util.List;
import java.util.Optional;

/**
 * Builders for the arguments of {@link Operations}, meant for {@code import static io.migrations.ops.Dsl.*}
 * together with {@link Types}. Every builder returns an immutable value.
 */
public final class Dsl {

    private Dsl() {
    }

    /** A nullable column without default; refine it with {@code notNull()}, {@code primaryKey()}, … */
    public static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    /** A primary key over {@code columns}; name it with {@code .named(…)} or get {@code <table>_pkey}. */
    public static PrimaryKey primaryKey(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    /** A unique constraint over {@code columns}. */
    public static Unique unique(String... columns) {
        return new Unique(Optional.empty(), List.of(columns));
    }

    /** A check constraint, e.g. {@code check("price >= 0")}. */
    public static Check check(String condition) {
        return new Check(Optional.empty(), condition);
    }

    /** The referencing columns of a foreign key; continue with {@code .references(table, columns…)}. */
    public static ForeignKey.Source foreignKey(String... columns) {
        return new ForeignKey.Source(List.of(columns));
    }

    /** An index on {@code columns} of {@code table}; add {@code .unique()}, {@code .where(…)}, … */
    public static CreateIndex index(String name, String table, String... columns) {
        return CreateIndex.of(name, table, List.of(columns));
    }

    /** Changes to {@code table.column}; add {@code .setType(…)}, {@code .setNotNull()}, {@code .renameTo(…)}, … */
    public static AlterColumn alter(String table, String column) {
        return AlterColumn.of(table, column);
    }

    /** An update of {@code table}; continue with {@code .set(column, value)}. */
    public static Update.Target update(String table) {
        return new Update.Target(table);
    }

    /** A delete from {@code table}; narrow it with {@code .where(…)}. */
    public static Delete deleteFrom(String table) {
        return new Delete(table, List.of());
    }

    /** SQL used as is, e.g. {@code sql("CURRENT_TIMESTAMP")}, or with {@code ?} placeholders for parameters. */
    public static SqlExpression sql(String text, Object... parameters) {
        return SqlExpression.of(text, parameters);
    }
}
