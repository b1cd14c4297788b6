package io.migrations.ops;

import java.util.Optional;

/**
 * A primary key, unique, check or foreign key constraint, inside {@link Operations#createTable} or added to an
 * existing table. A constraint without a name gets PostgreSQL's default name (e.g. {@code users_pkey},
 * {@code users_email_key}, {@code logs_user_id_fkey}, {@code logs_check}) on every database, so that a later
 * revision can drop it by the same name on PostgreSQL and H2.
 */
public sealed interface TableConstraint extends TableElement permits PrimaryKey, Unique, Check, ForeignKey {

    /** The constraint name; empty until given or defaulted. */
    Optional<String> name();

    /** What kind of constraint this is. */
    ConstraintType type();

    /** A copy with the given name. */
    TableConstraint named(String name);

    /** The name PostgreSQL would choose for this constraint on {@code table}. */
    String defaultName(String table);

    /** This constraint if it has a name, otherwise a copy named {@link #defaultName(String)}. */
    default TableConstraint withDefaultName(String table) {
        return name().isPresent() ? this : named(defaultName(table));
    }
}
