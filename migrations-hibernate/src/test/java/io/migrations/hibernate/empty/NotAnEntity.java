package io.migrations.hibernate.empty;

/** A package with classes but no entity. */
public final class NotAnEntity {

    private NotAnEntity() {
    }
}
