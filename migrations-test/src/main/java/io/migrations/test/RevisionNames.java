package io.migrations.test;

import io.migrations.Migrations;
import java.util.Collection;

/** Renders revision ids with the file that defines them, so failure messages say where to look. */
final class RevisionNames {

    private RevisionNames() {
    }

    /** {@code id (location)}, or just the id when no script defines it. */
    static String describe(Migrations migrations, String id) {
        return migrations.revisions().find(id).map(revision -> id + " (" + revision.location() + ")").orElse(id);
    }

    /** Each id described, comma-separated. */
    static String describe(Migrations migrations, Collection<String> ids) {
        return String.join(", ", ids.stream().map(id -> describe(migrations, id)).toList());
    }
}
