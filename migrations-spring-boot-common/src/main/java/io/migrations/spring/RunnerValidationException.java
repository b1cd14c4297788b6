package io.migrations.spring;

import io.migrations.api.ValidationException;
import java.util.List;

/** {@link MigrationRunner#validate()} found the database not at the revisions the application expects. */
public class RunnerValidationException extends ValidationException {

    private final FailureReason reason;

    public RunnerValidationException(String message, List<String> revisions, FailureReason reason) {
        super(message, revisions);
        this.reason = reason;
    }

    /** {@link FailureReason#PENDING}, {@link FailureReason#UNKNOWN_REVISION} or {@link FailureReason#EDITED}. */
    public FailureReason reason() {
        return reason;
    }
}
