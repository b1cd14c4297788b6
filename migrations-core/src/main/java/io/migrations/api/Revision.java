package io.migrations.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One node of the revision graph: its id, its parents and the metadata Alembic keeps in a script header.
 *
 * @param id            the revision id, {@code [A-Za-z0-9_]{1,32}}
 * @param downRevisions parent ids; empty for a base, two or more for a merge
 * @param branchLabels  labels that name the branch starting here
 * @param dependsOn     ids (or labels) that must be applied before this one without being parents
 * @param message       one-line description; may be empty
 * @param createDate    creation date as written in the header; may be empty
 * @param location      where the revision was defined (file path, class name), for messages
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
                       String message, String createDate, String location) {

    /** Pattern every revision id must match; also fits Alembic's {@code VARCHAR(32)} version column. */
    public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_]{1,32}");

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        createDate = createDate == null ? "" : createDate;
        location = location == null ? id : location;
    }

    /** A revision with only an id and parents, for tests and synthetic graphs. */
    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), List.of(), List.of(), "", "", id);
    }

    /** True when this revision has no parent. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** True when this revision joins two or more parents. */
    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
