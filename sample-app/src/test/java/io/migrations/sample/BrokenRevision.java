package io.migrations.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An extra revision on top of the app's head whose second statement fails, to see how a failed deploy ends. */
final class BrokenRevision {

    static final String ID = "0badc0ffee00";

    /** The table its first statement creates, which the rollback must take away again. */
    static final String TABLE = "audit_events";

    /** The missing table its second statement names. */
    static final String MISSING_TABLE = "audit_events_typo";

    private static final String TEXT = """
            -- revision: %s
            -- down_revision: %s
            -- message: Add audit events, then fail

            -- upgrade
            CREATE TABLE %s (id bigint PRIMARY KEY, happened_at timestamp with time zone NOT NULL);
            INSERT INTO %s (id) VALUES (1);

            -- downgrade
            DROP TABLE %3$s;
            """;

    private BrokenRevision() {
    }

    /**
     * Writes the revision into {@code folder} and returns a {@code migrations.locations} value with the app's
     * revisions and this one.
     */
    static String writeTo(Path folder) throws IOException {
        Files.writeString(folder.resolve(ID + "_add_audit_events.sql"),
                TEXT.formatted(ID, AppRevisions.HEAD, TABLE, MISSING_TABLE));
        return "classpath:db/migrations,filesystem:" + folder;
    }
}
