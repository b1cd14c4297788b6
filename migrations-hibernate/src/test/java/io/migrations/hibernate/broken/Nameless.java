package io.migrations.hibernate.broken;

import jakarta.persistence.Entity;

/** An entity without an identifier, which Hibernate refuses to map. */
@Entity
public class Nameless {

    String name;
}
