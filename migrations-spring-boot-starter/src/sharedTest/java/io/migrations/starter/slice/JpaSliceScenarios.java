package io.migrations.starter.slice;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a {@code @DataJpaTest} must find: the revisions applied before JPA starts, so that
 * {@code ddl-auto=validate} passes. Each Boot generation's starter has a subclass with its own slice annotations.
 */
@Transactional
abstract class JpaSliceScenarios {

    static TestDatabase db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        db = SliceDatabase.create(JpaSliceScenarios.class, registry);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Autowired
    EntityManager entityManager;

    @Test
    void jpaValidatesAndQueriesATableARevisionCreated() throws Exception {
        entityManager.persist(new Note(1, "from a slice"));
        entityManager.flush();
        assertThat(entityManager.find(Note.class, 1).body).isEqualTo("from a slice");
        assertThat(SliceDatabase.versions(db)).containsExactly("s1");
    }
}
