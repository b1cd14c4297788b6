package io.migrations.internal.author;

/**
 * The settings that messages about writing or generating a revision tell the user to change. Each front end names
 * them its own way ({@code --rev-id} on the command line, {@code migrations.revId} in Maven): see {@link SettingNames}.
 */
public enum Setting {
    /** The id of the new revision. */
    REV_ID,
    /** The revision(s) the new one builds on. */
    HEAD,
    /** Whether a parent may be a revision that is not a head. */
    SPLICE,
    /** The branch label of the new revision. */
    BRANCH_LABEL,
    /** The revisions the new one depends on. */
    DEPENDS_ON,
    /** The folder new SQL revisions are written to. */
    DIR,
    /** The package of Java revisions. */
    PACKAGE,
    /** How to merge several heads into one. */
    MERGE,
    /** The database, on whose server a model is compared. */
    URL,
    /** An empty database to replay the revisions into. */
    SHADOW_URL,
    /** The model a revision is generated from. */
    MODEL
}
