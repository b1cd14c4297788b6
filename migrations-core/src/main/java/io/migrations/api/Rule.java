package io.migrations.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lint rules. Each has a stable id (used in {@code -- migrations:allow <id> reason}), a severity, what it
 * finds and the safe way to do the same change.
 */
public enum Rule {
    NOT_NULL_COLUMN_WITHOUT_DEFAULT("not-null-column-without-default", Severity.ERROR,
            "adds a NOT NULL column without a default to an existing table; the ALTER fails once the table has rows",
            "add the column nullable, backfill it in batches, add CHECK (col IS NOT NULL) NOT VALID, VALIDATE "
                    + "CONSTRAINT, then SET NOT NULL (three steps); or give it a constant DEFAULT"),
    VOLATILE_DEFAULT("volatile-default", Severity.WARNING,
            "adds a column whose default is volatile; PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE "
                    + "lock to fill it",
            "add the column without a default (or with a constant one), SET DEFAULT afterwards for new rows, and "
                    + "backfill existing rows in batches"),
    COLUMN_TYPE_CHANGE("column-type-change", Severity.WARNING,
            "changes a column's type; most type changes rewrite the table and its indexes under an ACCESS EXCLUSIVE "
                    + "lock and can break code that reads the old type",
            "add a new column of the new type, write both, backfill in batches, switch readers, then drop the old "
                    + "column in a later release"),
    RENAME_COLUMN("rename-column", Severity.WARNING,
            "renames a column; application instances still running the previous release fail on the old name",
            "add the new column, write both, backfill, switch readers, then drop the old column in a later release "
                    + "(or expose the old name through a view during the switch)"),
    RENAME_TABLE("rename-table", Severity.WARNING,
            "renames a table; application instances still running the previous release fail on the old name",
            "create the new table (or a view with the new name), move readers and writers over, then drop the old "
                    + "one in a later release"),
    DROP_COLUMN("drop-column", Severity.WARNING,
            "drops a column and its data; running instances that still select it fail",
            "stop reading and writing the column in one release, drop it in a later one, and keep a backup of its "
                    + "data if it may be needed"),
    DROP_TABLE("drop-table", Severity.WARNING,
            "drops a table and its data; running instances that still use it fail",
            "stop using the table in one release, drop it in a later one, and keep a backup of its data if it may "
                    + "be needed"),
    INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Severity.WARNING,
            "creates an index on an existing table without CONCURRENTLY; writes to the table block until it is built",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS in a revision with 'transactional: false' (one index per "
                    + "revision; drop an INVALID leftover with DROP INDEX CONCURRENTLY IF EXISTS before retrying)"),
    CONSTRAINT_WITHOUT_NOT_VALID("constraint-without-not-valid", Severity.WARNING,
            "adds a foreign key or check constraint to an existing table without NOT VALID; every row is checked "
                    + "under a lock that blocks writes",
            "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later statement or revision (it takes only "
                    + "a SHARE UPDATE EXCLUSIVE lock)"),
    SET_NOT_NULL_WITHOUT_CHECK("set-not-null-without-check", Severity.WARNING,
            "sets NOT NULL on an existing column without a validated CHECK (col IS NOT NULL); PostgreSQL scans the "
                    + "whole table under an ACCESS EXCLUSIVE lock",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, then SET NOT NULL (PostgreSQL "
                    + "12+ skips the scan) and drop the check"),
    MISSING_DOWNGRADE("missing-downgrade", Severity.WARNING,
            "has no downgrade, or an empty one; rolling back through it is impossible or does nothing",
            "write the downgrade that undoes the upgrade; if the revision truly cannot be undone, say so with "
                    + "-- migrations:allow missing-downgrade <reason>"),
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction", Severity.ERROR,
            "runs a CONCURRENTLY statement in a transactional revision; PostgreSQL refuses it inside a transaction",
            "move the statement to its own revision with 'transactional: false' (Java: @Revision(transactional = "
                    + "false))"),
    MISSING_IF_EXISTS("missing-if-exists", Severity.WARNING,
            "creates or drops without IF [NOT] EXISTS in a non-transactional revision; if a later statement fails, "
                    + "the re-run stops on what the first run already did",
            "write CREATE ... IF NOT EXISTS / DROP ... IF EXISTS / ADD COLUMN IF NOT EXISTS so the revision can be "
                    + "run again"),
    BACKFILL_WITH_DDL("backfill-with-ddl", Severity.WARNING,
            "mixes a data backfill (UPDATE, DELETE, INSERT ... SELECT) with schema changes; the DDL locks are held "
                    + "for as long as the backfill runs",
            "put the schema change and the backfill in separate revisions, and backfill in batches");

    private final String id;
    private final Severity severity;
    private final String problem;
    private final String fix;

    Rule(String id, Severity severity, String problem, String fix) {
        this.id = id;
        this.severity = severity;
        this.problem = problem;
        this.fix = fix;
    }

    /** The stable id, e.g. {@code drop-column}. */
    public String id() {
        return id;
    }

    /** How bad a finding of this rule is. */
    public Severity severity() {
        return severity;
    }

    /** What the rule finds and why it is risky. */
    public String problem() {
        return problem;
    }

    /** The safe way to make the same change. */
    public String fix() {
        return fix;
    }

    /** The rule with this id, if any. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
