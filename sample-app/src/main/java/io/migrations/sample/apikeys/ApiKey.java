package io.migrations.sample.apikeys;

import java.time.OffsetDateTime;

/**
 * A workspace's API key as stored: only its {@code prefix} is kept in the clear, to recognise it in lists.
 *
 * @param expiresAt  null for a key that never expires
 * @param lastUsedAt null until the key is used
 * @param revokedAt  null while the key is valid
 */
public record ApiKey(long id, long workspaceId, String name, String prefix, OffsetDateTime createdAt,
                     OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
}
