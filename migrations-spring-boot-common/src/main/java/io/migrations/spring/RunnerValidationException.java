package io.migrations.spring;

import io.migrations.api.ValidationException;

/**
 * {@link MigrationRunner#validate()} found the database not at the revisions the application expects: a finding of
 * the verdict, with the database named.
 */
public class RunnerValidationException extends ValidationException {

    public RunnerValidationException(String message, ValidationException finding) {
        super(finding.problem(), message, finding.revisions());
    }

    /** {@link FailureReason#PENDING}, {@link FailureReason#UNKNOWN_REVISION} or {@link FailureReason#EDITED}. */
    public FailureReason reason() {
        return FailureReason.of(problem());
    }
}
