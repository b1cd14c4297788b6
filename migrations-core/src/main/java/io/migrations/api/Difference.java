package io.migrations.api;

import java.util.Objects;

/**
 * One way the database differs from what its revisions create.
 *
 * @param object the object, e.g. {@code table public.users} or {@code index public.ix_users_email}
 * @param detail what differs, e.g. {@code extra column nickname text} or {@code missing}
 */
public record Difference(String object, String detail) {

    public Difference {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return object + ": " + detail;
    }
}
