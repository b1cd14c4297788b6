package io.migrations.sample.logs;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One call to an LLM provider.
 *
 * @param userId  null for calls made with an API key alone
 * @param costUsd what the call cost, in US dollars
 * @param status  {@code error} when the call failed, else {@code ok}
 * @param error   the provider's error message, if the call failed
 */
public record LogEntry(long id, long workspaceId, Long userId, String provider, String model, BigDecimal costUsd,
                       String currency, Long latencyMs, String status, String error, OffsetDateTime createdAt) {
}
