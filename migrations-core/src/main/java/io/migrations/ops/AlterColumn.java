package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to one column: type, nullability, server default, name. Immutable; start with {@link Dsl#alter} and add
 * changes, e.g. {@code alter("logs", "latency_ms").setType(BIGINT)}. Rendered as one statement per change, in the
 * order type, nullability, default, name.
 *
 * @param table                 the table
 * @param column                the column's current name
 * @param type                  new type, and how to convert existing values
 * @param nullable              true to drop NOT NULL, false to set it; empty to leave it
 * @param serverDefault         new default, or its removal; empty to leave it
 * @param existingServerDefault the column's current default, as SQL; PostgreSQL cannot change the type of a column
 *                              whose default does not cast to the new type, so the default is dropped before the type
 *                              change and put back after it
 * @param newName               new name; empty to keep the name
 */
public record AlterColumn(String table, String column, Optional<TypeChange> type, Optional<Boolean> nullable,
                          Optional<DefaultChange> serverDefault, Optional<SqlExpression> existingServerDefault,
                          Optional<String> newName) implements Operation {

    public AlterColumn {
        Values.name(table, "table");
        Values.name(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nullable, "nullable");
        Objects.requireNonNull(serverDefault, "serverDefault");
        Objects.requireNonNull(existingServerDefault, "existingServerDefault");
        Objects.requireNonNull(newName, "newName");
    }

    /** A change to {@code table.column} that changes nothing yet. */
    public static AlterColumn of(String table, String column) {
        return new AlterColumn(table, column, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** True when at least one change is given (a hint alone changes nothing). */
    public boolean hasChanges() {
        return type.isPresent() || nullable.isPresent() || serverDefault.isPresent() || newName.isPresent();
    }

    /** Changes the type, converting values the way the database casts them implicitly. */
    public AlterColumn setType(ColumnType newType) {
        return withType(new TypeChange(newType, Optional.empty()));
    }

    /** Changes the type, converting each value with {@code using}, e.g. {@code "cost::numeric(10, 2)"}. */
    public AlterColumn setType(ColumnType newType, String using) {
        if (using == null || using.isBlank()) {
            throw new OperationException("alter(" + table + ", " + column + ").setType: the USING expression is "
                    + "empty; give the conversion or call setType(type)");
        }
        return withType(new TypeChange(newType, Optional.of(using)));
    }

    /** Sets NOT NULL; fails on the database if a row still holds NULL, so backfill first. */
    public AlterColumn setNotNull() {
        return new AlterColumn(table, column, type, Optional.of(false), serverDefault, existingServerDefault, newName);
    }

    /** Drops NOT NULL. */
    public AlterColumn dropNotNull() {
        return new AlterColumn(table, column, type, Optional.of(true), serverDefault, existingServerDefault, newName);
    }

    /** Sets a default computed by the database. */
    public AlterColumn setServerDefault(SqlExpression expression) {
        return withDefault(Optional.of(expression));
    }

    /** Sets a default string. */
    public AlterColumn setServerDefault(String value) {
        return withDefault(Optional.of(value));
    }

    /** Sets a default number. */
    public AlterColumn setServerDefault(long value) {
        return withDefault(Optional.of(value));
    }

    /** Sets a default truth value. */
    public AlterColumn setServerDefault(boolean value) {
        return withDefault(Optional.of(value));
    }

    /** Removes the default. */
    public AlterColumn dropServerDefault() {
        return withDefault(Optional.empty());
    }

    /** Tells the current default, needed only with {@link #setType} when the default would not cast. */
    public AlterColumn existingServerDefault(SqlExpression current) {
        return new AlterColumn(table, column, type, nullable, serverDefault, Optional.of(current), newName);
    }

    /** Renames the column. */
    public AlterColumn renameTo(String name) {
        return new AlterColumn(table, column, type, nullable, serverDefault, existingServerDefault,
                Optional.of(Values.name(name, "new column")));
    }

    private AlterColumn withType(TypeChange change) {
        return new AlterColumn(table, column, Optional.of(change), nullable, serverDefault, existingServerDefault,
                newName);
    }

    private AlterColumn withDefault(Optional<Object> value) {
        return new AlterColumn(table, column, type, nullable, Optional.of(new DefaultChange(value)),
                existingServerDefault, newName);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    /**
     * A new column type.
     *
     * @param type  the new type
     * @param using how to compute the new value from the old one; empty for the implicit cast
     */
    public record TypeChange(ColumnType type, Optional<String> using) {
        public TypeChange {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(using, "using");
        }
    }

    /**
     * A new server default.
     *
     * @param value the literal value or {@link SqlExpression}; empty to drop the default
     */
    public record DefaultChange(Optional<Object> value) {
        public DefaultChange {
            Objects.requireNonNull(value, "value");
        }
    }
}
