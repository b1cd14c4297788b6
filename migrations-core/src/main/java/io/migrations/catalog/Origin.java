package io.migrations.catalog;

/**
 * Where a constraint, index or trigger of a partition comes from. Inherited ones appear when the partition is
 * attached and go with it, so DDL never creates them one by one.
 */
public enum Origin {
    /** Declared on this table. */
    LOCAL,
    /** Cloned from the partitioned parent (an inherited check or foreign key, an attached index, a cloned trigger). */
    INHERITED
}
