package io.migrations.hibernate.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Author {

    @Id
    @SequenceGenerator(name = "author_ids", sequenceName = "author_ids", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_ids")
    Long id;

    @Column(nullable = false, length = 120)
    String name;
}
