package io.migrations.api;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL timeouts applied to each revision's statements; null leaves the server's setting.
 *
 * @param lockTimeout      {@code lock_timeout}: how long one statement may wait for a table lock
 * @param statementTimeout {@code statement_timeout}: how long one statement may run
 */
public record Timeouts(@Nullable Duration lockTimeout, @Nullable Duration statementTimeout) {

    /** Leaves both at the server's setting. */
    public static final Timeouts NONE = new Timeouts(null, null);

    /** True when neither timeout is set. */
    public boolean isEmpty() {
        return lockTimeout == null && statementTimeout == null;
    }
}
