package io.migrations.modelcheck.extra;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The starter's test revision's table with a column no revision adds. */
@Entity
public class Note {

    @Id
    int id;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    /** Not in any revision: the model check reports it. */
    String title;

    protected Note() {
    }
}
