package io.migrations.cli;

/** The process exit codes, for shells, Docker entrypoints and deploy hooks. */
public final class ExitCode {

    /** The command did what it was asked; for {@code check}, the database is up to date. */
    public static final int SUCCESS = 0;
    /** A migration or database failure; for {@code check}, the database differs from the revisions. */
    public static final int FAILURE = 1;
    /** A usage or input error: bad option or target, broken revision file, multiple heads, checksum mismatch. */
    public static final int USAGE = 2;
    /**
     * A check could not be carried out: for {@code check --drift}, a revision failed while being replayed into the
     * shadow database, so drift is unknown (neither found nor ruled out).
     */
    public static final int CHECK_FAILED = 3;

    private ExitCode() {
    }
}
