package io.migrations.spring;

import io.migrations.api.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a startup that failed on a migration with the library's message instead of a stack trace. */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        String action = cause.isUserError()
                ? "Fix the revision files or migrations.* settings named above, then start the application again."
                : "Check that the database named above is reachable and that the migration user may change it, "
                        + "then start the application again.";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
