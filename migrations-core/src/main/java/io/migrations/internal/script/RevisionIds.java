package io.migrations.internal.script;

import java.util.UUID;

/** New revision ids. */
public final class RevisionIds {

    private static final int LENGTH = 12;

    private RevisionIds() {
    }

    /** A random id of 12 lower-case hex digits: the last 12 of a random UUID, as Alembic's {@code rev_id()}. */
    public static String random() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - LENGTH);
    }
}
