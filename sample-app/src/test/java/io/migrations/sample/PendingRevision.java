package io.migrations.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An extra revision on top of the app's head that the lint warns about: an index built without CONCURRENTLY. */
final class PendingRevision {

    static final String ID = "5eed1ab5c0de";

    /** The lint rule it breaks. */
    static final String RULE = "index-without-concurrently";

    private static final String TEXT = """
            -- revision: %s
            -- down_revision: %s
            -- message: Index logs by model

            -- upgrade
            CREATE INDEX ix_logs_model ON logs (model);

            -- downgrade
            DROP INDEX ix_logs_model;
            """;

    private PendingRevision() {
    }

    /** Writes it into {@code folder}; returns a {@code migrations.locations} value with the app's revisions and it. */
    static String writeTo(Path folder) throws IOException {
        Files.writeString(folder.resolve(ID + "_index_logs_by_model.sql"), TEXT.formatted(ID, AppRevisions.HEAD));
        return "classpath:db/migrations,filesystem:" + folder;
    }
}
