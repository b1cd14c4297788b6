package io.migrations.api;

import java.sql.SQLException;

/**
 * No connection could be opened. The message names the server (never the password) and the likely fix in words that
 * fit any front end; {@link #reason()} lets a front end add its own setting names.
 */
public class ConnectionException extends DatabaseException {

    /** What kept the connection from opening. */
    public enum Reason {
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing listens on the port, or the host cannot be reached. */
        UNREACHABLE,
        /** The server took the connection but did not finish the login in time. */
        TIMED_OUT,
        /** The server wants a password and none was given. */
        PASSWORD_REQUIRED,
        /** The user, password or role was refused. */
        AUTHENTICATION,
        /** SSL is required by the URL but the server does not offer it. */
        SSL_UNSUPPORTED,
        /** The database does not exist. */
        UNKNOWN_DATABASE,
        /** The wait for the connection was interrupted, e.g. by SIGTERM. */
        INTERRUPTED,
        /** Anything else; the message carries the driver's explanation. */
        OTHER
    }

    private final Reason reason;

    public ConnectionException(String message, Reason reason, SQLException cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** What kept the connection from opening. */
    public Reason reason() {
        return reason;
    }
}
