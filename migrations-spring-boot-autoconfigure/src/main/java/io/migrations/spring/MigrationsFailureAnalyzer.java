package io.migrations.spring;

import io.migrations.MigrationsException;
import io.migrations.db.Redactor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Reports a startup that failed on a migration with the library's message instead of a stack trace. The message goes
 * through a {@link Redactor} that knows the configured passwords, so that text the driver put in it cannot show them.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

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
        String action = cause.isUserError()
                ? "Fix the revision files or migrations.* settings named above, then start the application again."
                : "Check that the database named above is reachable and that the migration user may change it, "
                        + "then start the application again.";
        return new FailureAnalysis(redactor.apply(cause.getMessage()), action, cause);
    }
}
