package io.migrations.starter.slice;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @JdbcTest} applies the revisions before the test, as it does Flyway's. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcTestSliceTests {

    static TestDatabase db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        db = SliceDatabase.create(JdbcTestSliceTests.class, registry);
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
