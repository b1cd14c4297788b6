package io.migrations.internal.plan;

/** One change to the version table, in the order Alembic would make it. */
public sealed interface VersionOp {

    /** {@code INSERT INTO alembic_version (version_num) VALUES (revision)}. */
    record Insert(String revision) implements VersionOp {
    }

    /** {@code DELETE FROM alembic_version WHERE version_num = revision}. */
    record Delete(String revision) implements VersionOp {
    }

    /** {@code UPDATE alembic_version SET version_num = to WHERE version_num = from}. */
    record Update(String from, String to) implements VersionOp {
    }
}
