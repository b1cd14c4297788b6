package io.migrations.spring;

import io.migrations.api.MigrationsException;
import io.migrations.internal.connect.Redactor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Reports a start that failed on a migration with the library's message instead of a stack trace, and an action
 * that fits the cause: a failed statement, pending or unknown revisions, an unreachable database, a lock, the lint.
 * The message goes through a {@link Redactor} that knows the configured passwords, so that text the driver put in it
 * cannot show them.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    private final Redactor redactor;

    /** @param environment the application's, or null when the failure came before there was one */
    MigrationsFailureAnalyzer(@Nullable Environment environment) {
        this.redactor = environment == null ? Redactor.NONE : Redactor.NONE
                .withUrl(environment.getProperty(DatabaseUrlEnvironment.VARIABLE))
                .withUrl(environment.getProperty("spring.datasource.url"))
                .withUrl(environment.getProperty("migrations.url"))
                .withSecret(environment.getProperty("spring.datasource.password"))
                .withSecret(environment.getProperty("migrations.password"));
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        return new FailureAnalysis(redactor.apply(cause.getMessage()), FailureReason.of(cause).action(), cause);
    }
}
