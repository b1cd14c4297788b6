package io.migrations.ops;

/** What {@link Operations#createTable} takes: columns and table constraints, in any order. */
public sealed interface TableElement permits Column, TableConstraint {
}
