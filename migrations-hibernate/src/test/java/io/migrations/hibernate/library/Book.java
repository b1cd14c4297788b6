package io.migrations.hibernate.library;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Book {

    /** Mapped through {@link Book#genre}. */
    public enum Genre { NOVEL, POETRY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Author author;

    @Enumerated(EnumType.STRING)
    Genre genre;

    @ManyToMany
    Set<Author> reviewers;
}
