package io.migrations.modelcheck.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The starter's test revision's table, mapped exactly as s1 creates it. */
@Entity
public class Note {

    @Id
    int id;

    @Column(nullable = false, columnDefinition = "text")
    String body;

    protected Note() {
    }
}
