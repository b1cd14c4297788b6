package io.migrations.api;

/**
 * A run ended early because the process was asked to stop (Ctrl-C, SIGTERM) while it ran: every revision it had
 * started finished and committed, no other started, so the database is at a revision boundary. Running the same
 * command again goes on from there. Not a failure of a revision.
 */
public class RunStoppedException extends MigrationsException {

    public RunStoppedException(String message) {
        super(message);
    }

    /** @param cause the error of the wait the stop ended (for a lock, a connection) */
    public RunStoppedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isUserError() {
        return false;
    }
}
