package io.migrations.ops;

/** Kinds of table constraints, for {@link Operations#dropConstraint}. */
public enum ConstraintType {
    PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY
}
