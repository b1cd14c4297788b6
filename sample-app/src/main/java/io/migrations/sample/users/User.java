package io.migrations.sample.users;

import java.time.OffsetDateTime;

/** A person who calls LLM providers through the service; deleting one deletes their logs. */
public record User(long id, String email, String name, String role, OffsetDateTime createdAt) {
}
