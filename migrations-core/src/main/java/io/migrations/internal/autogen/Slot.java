package io.migrations.internal.autogen;

/**
 * The order of generated statements: everything that goes away first, dependents before what they depend on, then
 * everything that comes, dependencies first. Statements in one slot keep the order they were planned in.
 */
enum Slot {
    SETTINGS,
    RENAMES,
    DROP_TRIGGERS,
    DROP_POLICIES,
    DROP_VIEWS,
    DISOWN_SEQUENCES,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    DROP_INDEXES,
    DROP_COLUMNS,
    DROP_TABLES,
    DROP_ROUTINES,
    RETYPE,
    REPLACE_TYPES,
    CREATE_SCHEMAS,
    CREATE_EXTENSIONS,
    CREATE_TYPES,
    CREATE_SEQUENCES,
    CREATE_ROUTINES,
    CREATE_TABLES,
    ALTER_TABLES,
    ALTER_COLUMNS,
    ATTACH_PARTITIONS,
    OWN_SEQUENCES,
    ADD_CONSTRAINTS,
    ADD_FOREIGN_KEYS,
    VALIDATE_CONSTRAINTS,
    CREATE_INDEXES,
    CREATE_VIEWS,
    CREATE_LATE_ROUTINES,
    CREATE_TRIGGERS,
    CREATE_POLICIES,
    COMMENTS,
    /* What nothing uses any more once columns have changed (a default may call a function or a sequence). */
    DROP_UNUSED_ROUTINES,
    DROP_SEQUENCES,
    DROP_TYPES,
    DROP_EXTENSIONS,
    DROP_SCHEMAS
}
