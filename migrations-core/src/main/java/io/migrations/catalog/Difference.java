package io.migrations.catalog;

import java.util.Objects;

/**
 * One way the second of two catalogs differs from the first (see {@link CatalogDiff}).
 *
 * @param object    the object
 * @param change    added, removed, or one attribute changed
 * @param attribute the attribute that changed, e.g. {@code type}; empty when added or removed
 * @param before    the attribute's value in the first catalog, or the removed object's description; empty for none
 * @param after     the attribute's value in the second catalog, or the added object's description; empty for none
 */
public record Difference(ObjectId object, Change change, String attribute, String before, String after) {

    /** What happened to the object between the two catalogs. */
    public enum Change {
        /** Only in the second catalog. */
        ADDED,
        /** Only in the first catalog. */
        REMOVED,
        /** In both, with one attribute differing. */
        CHANGED
    }

    public Difference {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(change, "change");
        attribute = Objects.requireNonNullElse(attribute, "");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
    }

    /**
     * One readable line, e.g. {@code column public.users.email: type changed from text to character varying(200)}
     * or {@code index public.ix_users_email: added (CREATE INDEX ...)}.
     */
    public String describe() {
        return switch (change) {
            case ADDED -> object + ": added" + (after.isEmpty() ? "" : " (" + afterText() + ")");
            case REMOVED -> object + ": removed" + (before.isEmpty() ? "" : " (" + beforeText() + ")");
            case CHANGED -> object + ": " + attribute + " changed from " + beforeText() + " to " + afterText();
        };
    }

    /**
     * One readable line that names the two schemas compared, e.g. with {@code "the revisions"} and {@code "the model"}:
     * {@code column public.users.email: type is character varying(200) in the model, text in the revisions}, or
     * {@code table public.orgs: only in the model (...)}.
     *
     * @param beforeSide what the schema before is, {@code the revisions}
     * @param afterSide  what the schema after is, {@code the model}
     */
    public String describe(String beforeSide, String afterSide) {
        return switch (change) {
            case ADDED -> object + ": only in " + afterSide + " (" + afterText() + ")";
            case REMOVED -> object + ": only in " + beforeSide + " (" + beforeText() + ")";
            case CHANGED -> object + ": " + attribute + " is " + afterText() + " in " + afterSide + ", " + beforeText()
                    + " in " + beforeSide;
        };
    }

    /** {@link #before()} on one line, {@code none} when empty. */
    public String beforeText() {
        return before.isEmpty() ? "none" : oneLine(before);
    }

    /** {@link #after()} on one line, {@code none} when empty. */
    public String afterText() {
        return after.isEmpty() ? "none" : oneLine(after);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return describe();
    }
}
