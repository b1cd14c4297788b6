package io.migrations.starter.slice;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a {@code @JdbcTest} must find: the revisions applied before the test, as for Flyway. Each Boot generation's
 * starter has a subclass with its own slice annotations (they moved in Boot 4).
 */
abstract class JdbcSliceScenarios {

    static TestDatabase db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        db = SliceDatabase.create(JdbcSliceScenarios.class, registry);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTableARevisionCreatedIsThere() throws Exception {
        jdbc.update("INSERT INTO note (id, body) VALUES (1, 'from a slice')");
        assertThat(jdbc.queryForObject("SELECT body FROM note", String.class)).isEqualTo("from a slice");
        assertThat(SliceDatabase.versions(db)).containsExactly("s1");
    }
}
