package io.migrations.catalog;

import java.util.Objects;

/**
 * Which object a difference is about.
 *
 * @param kind what it is
 * @param name its path as the server stores the names: {@code public.users} for a table, {@code public.users.email}
 *             for a column, constraint, trigger or policy, {@code public.ix_users_email} for an index,
 *             {@code public.touch(integer)} for a routine, {@code audit} for a schema or extension
 */
public record ObjectId(ObjectKind kind, String name) {

    public ObjectId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** E.g. {@code column public.users.email}. */
    @Override
    public String toString() {
        return kind.label() + " " + name;
    }
}
