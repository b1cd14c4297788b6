package io.migrations.internal.plan;

import java.util.List;

/** One change to the version table, in the order Alembic would make it. */
public sealed interface VersionOp {

    /** Makes the change to {@code rows}, a copy of the version table's rows, in place and keeping their order. */
    void applyTo(List<String> rows);

    /** {@code INSERT INTO alembic_version (version_num) VALUES (revision)}. */
    record Insert(String revision) implements VersionOp {
        @Override
        public void applyTo(List<String> rows) {
            rows.add(revision);
        }
    }

    /** {@code DELETE FROM alembic_version WHERE version_num = revision}. */
    record Delete(String revision) implements VersionOp {
        @Override
        public void applyTo(List<String> rows) {
            rows.remove(revision);
        }
    }

    /** {@code UPDATE alembic_version SET version_num = to WHERE version_num = from}. */
    record Update(String from, String to) implements VersionOp {
        @Override
        public void applyTo(List<String> rows) {
            rows.set(rows.indexOf(from), to);
        }
    }
}
