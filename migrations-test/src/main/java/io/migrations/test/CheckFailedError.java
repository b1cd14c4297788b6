package io.migrations.test;

import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * A revision check found a problem. The message names the check, the revisions at fault with their files,
 * and what to change; {@link #revisions()} lists the same ids for tests that inspect failures.
 */
public class CheckFailedError extends AssertionFailedError {

    private final String check;
    private final List<String> revisions;

    CheckFailedError(String check, List<String> revisions, String message, Throwable cause) {
        super(check + ": " + message, cause);
        this.check = check;
        this.revisions = List.copyOf(revisions);
    }

    CheckFailedError(String check, List<String> revisions, String message) {
        this(check, revisions, message, null);
    }

    /** Name of the failed check, e.g. {@code stairway}. */
    public String check() {
        return check;
    }

    /** Ids of the revisions the failure is about; empty when it is about the whole set. */
    public List<String> revisions() {
        return revisions;
    }
}
