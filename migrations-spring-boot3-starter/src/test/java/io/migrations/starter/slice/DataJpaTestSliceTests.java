package io.migrations.starter.slice;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @DataJpaTest} applies the revisions before JPA starts, as it does Flyway's. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaTestSliceTests {

    static TestDatabase db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        db = SliceDatabase.create(DataJpaTestSliceTests.class, registry);
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
