package io.migrations.spring;

import io.migrations.api.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a start that failed on a migration with the library's message instead of a stack trace, and an action
 * that fits the cause: a failed statement, pending or unknown revisions, an unreachable database, a lock, the lint.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        return new FailureAnalysis(cause.getMessage(), FailureReason.of(cause, id -> true).action(), cause);
    }
}
