package io.migrations.spring;

import io.migrations.MigrationsException;
import io.migrations.db.ConnectionException;
import io.migrations.db.InvalidUrlException;
import io.migrations.db.Redactor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Reports a startup that failed on a migration with the library's message instead of a stack trace, and an action that
 * names the Spring properties to change. The message goes through a {@link Redactor} that knows the configured
 * passwords, so that text the driver put in it cannot show them.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    private static final String URL_SETTINGS = "spring.datasource.url (or DATABASE_URL; migrations.url when migrations "
            + "connect separately)";

    private final Redactor redactor;

    /** @param environment the application's, or null when the failure came before there was one */
    MigrationsFailureAnalyzer(Environment environment) {
        this.redactor = environment == null ? Redactor.NONE : Redactor.NONE
                .withUrl(environment.getProperty(DatabaseUrlEnvironmentPostProcessor.VARIABLE))
                .withUrl(environment.getProperty("spring.datasource.url"))
                .withUrl(environment.getProperty("migrations.url"))
                .withSecret(environment.getProperty("spring.datasource.password"))
                .withSecret(environment.getProperty("migrations.password"));
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        return new FailureAnalysis(redactor.apply(cause.getMessage()), action(cause), cause);
    }

    private String action(MigrationsException cause) {
        ConnectionException connection = findCause(cause, ConnectionException.class);
        if (connection != null) {
            return switch (connection.reason()) {
                case AUTHENTICATION, PASSWORD_REQUIRED -> "Check spring.datasource.username and "
                        + "spring.datasource.password (or the credentials in DATABASE_URL; migrations.user and "
                        + "migrations.password when migrations connect separately).";
                case UNKNOWN_HOST, UNREACHABLE, TIMED_OUT -> "Check the host and port in " + URL_SETTINGS + " and that "
                        + "the database is up and reachable from here. migrations.connect-timeout bounds each attempt; "
                        + "migrations.connect-retries waits for a database that starts after the application.";
                case SSL_UNSUPPORTED -> "Change sslmode in " + URL_SETTINGS + ", or enable SSL on the server.";
                case UNKNOWN_DATABASE -> "Create the database, or fix its name in " + URL_SETTINGS + ".";
                case INTERRUPTED -> "The application was asked to stop while it connected; start it again.";
                case OTHER -> "Check " + URL_SETTINGS + " and the credentials, then start the application again.";
            };
        }
        if (findCause(cause, InvalidUrlException.class) != null) {
            return "Fix " + URL_SETTINGS + ", then start the application again.";
        }
        return cause.isUserError()
                ? "Fix the revision files or migrations.* settings named above, then start the application again."
                : "Check that the database named above is reachable and that the migration user may change it, "
                        + "then start the application again.";
    }
}
