package io.migrations.sample.workspaces;

import java.time.OffsetDateTime;

/** A tenant: API keys and logs belong to one. */
public record Workspace(long id, String name, String slug, String plan, OffsetDateTime createdAt) {
}
