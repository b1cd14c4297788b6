package io.migrations.sample.logs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Filters of the log listing; each is optional.
 *
 * @param limit how many logs, newest first; 50 when absent
 */
public record LogQuery(Long workspaceId, String provider, @Min(1) @Max(500) Integer limit) {

    static final int DEFAULT_LIMIT = 50;

    public LogQuery {
        limit = limit == null ? DEFAULT_LIMIT : limit;
    }
}
