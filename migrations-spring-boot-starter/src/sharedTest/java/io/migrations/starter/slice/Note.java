package io.migrations.starter.slice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The table of the starter's test revision, as a JPA entity that {@code ddl-auto=validate} checks. */
@Entity
public class Note {

    @Id
    int id;

    String body;

    protected Note() {
    }

    Note(int id, String body) {
        this.id = id;
        this.body = body;
    }
}
