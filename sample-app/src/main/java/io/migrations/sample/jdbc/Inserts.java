package io.migrations.sample.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Runs an {@code INSERT} and returns the generated {@code id}, the same way on PostgreSQL and H2. */
public final class Inserts {

    private Inserts() {
    }

    /** Executes {@code insert} and returns the {@code id} the database generated for the new row. */
    public static long returningId(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
