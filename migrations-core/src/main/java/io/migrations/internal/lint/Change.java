package io.migrations.internal.lint;

import java.util.List;
import java.util.Optional;

/**
 * What one statement or operation does to the schema or data, as far as the rules care. SQL statements and Java
 * operations are both turned into changes, so every rule is written once. Names are unqualified and folded the way
 * PostgreSQL folds them (unquoted to lower case).
 */
sealed interface Change {

    /** Whether the change alters the schema rather than rows. */
    default boolean ddl() {
        return true;
    }

    /** A change to one table. */
    sealed interface OnTable extends Change {

        /** The table, unqualified. */
        String table();
    }

    /**
     * A {@code CREATE ... }/{@code DROP ...} or column add or drop that can be written to be re-runnable.
     *
     * @param what    what is created or dropped, for messages, e.g. {@code table users}
     * @param guarded whether it says {@code IF [NOT] EXISTS} (or {@code OR REPLACE})
     */
    record Guard(String what, boolean guarded) {
    }

    /** The re-runnability of this change, for changes that can be written with {@code IF [NOT] EXISTS}. */
    default Optional<Guard> guard() {
        return Optional.empty();
    }

    /** Whether the change runs {@code CONCURRENTLY}, which PostgreSQL refuses inside a transaction. */
    default boolean concurrent() {
        return false;
    }

    record CreateTable(String table, boolean ifNotExists) implements OnTable {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard("table " + table, ifNotExists));
        }
    }

    record DropTable(String table, boolean ifExists) implements OnTable {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard("table " + table, ifExists));
        }
    }

    record RenameTable(String table, String newName) implements OnTable {
    }

    /**
     * @param defaultValue the DEFAULT expression; empty without one
     * @param generated    whether values come from an identity or a generated column definition
     */
    record AddColumn(String table, String column, boolean notNull, Optional<String> defaultValue, boolean generated,
                     boolean ifNotExists) implements OnTable {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard("column " + table + "." + column, ifNotExists));
        }
    }

    record DropColumn(String table, String column, boolean ifExists) implements OnTable {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard("column " + table + "." + column, ifExists));
        }
    }

    record AlterColumnType(String table, String column, String type) implements OnTable {
    }

    record RenameColumn(String table, String column, String newName) implements OnTable {
    }

    record SetNotNull(String table, String column) implements OnTable {
    }

    /** The kinds of table constraint. */
    enum ConstraintKind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE }

    /**
     * @param name     the constraint name; empty when PostgreSQL picks it
     * @param notValid whether existing rows are left unchecked
     * @param notNullColumns columns the check's condition requires to be non-null ({@code col IS NOT NULL})
     */
    record AddConstraint(String table, Optional<String> name, ConstraintKind kind, boolean notValid,
                         List<String> notNullColumns) implements OnTable {
        public AddConstraint {
            notNullColumns = List.copyOf(notNullColumns);
        }
    }

    record ValidateConstraint(String table, String name) implements OnTable {
    }

    record CreateIndex(String table, String name, boolean concurrently, boolean ifNotExists) implements OnTable {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard("index " + name, ifNotExists));
        }

        @Override
        public boolean concurrent() {
            return concurrently;
        }
    }

    /**
     * Any other {@code CREATE} or {@code DROP} of a named object (index, sequence, view, schema, type ...).
     *
     * @param what         e.g. {@code index ix_users_email}
     * @param concurrently whether it runs {@code CONCURRENTLY}
     */
    record CreateOrDrop(String what, boolean guarded, boolean concurrently) implements Change {
        @Override
        public Optional<Guard> guard() {
            return Optional.of(new Guard(what, guarded));
        }

        @Override
        public boolean concurrent() {
            return concurrently;
        }
    }

    /**
     * Rows changed: {@code UPDATE}, {@code DELETE} or {@code INSERT}.
     *
     * @param backfill whether it reads or rewrites existing rows (UPDATE, DELETE, INSERT ... SELECT) rather than
     *                 inserting a few literal rows
     */
    record DataChange(String table, String verb, boolean backfill) implements OnTable {
        @Override
        public boolean ddl() {
            return false;
        }
    }

    /**
     * A statement no rule looks into.
     *
     * @param ddl          whether it changes the schema (CREATE, ALTER, DROP, COMMENT, GRANT ...)
     * @param concurrently whether it runs CONCURRENTLY (REINDEX, REFRESH MATERIALIZED VIEW, DETACH PARTITION)
     */
    record Other(boolean ddl, boolean concurrently) implements Change {
        @Override
        public boolean concurrent() {
            return concurrently;
        }
    }
}
