package io.migrations.sample;

import io.migrations.testdb.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Writes a test database's address the way Render and Supabase hand it to an app: {@code DATABASE_URL}. */
final class PostgresUrls {

    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    private PostgresUrls() {
    }

    /** {@code postgresql://user:password@host:port/database?…} for {@code database}. */
    static String databaseUrl(TestDatabase database) {
        String jdbcUrl = database.jdbcUrl();
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String user = encode(database.user());
        String password = database.password() == null || database.password().isEmpty()
                ? "" : ":" + encode(database.password());
        return "postgresql://" + user + password + "@" + jdbcUrl.substring(JDBC_PREFIX.length());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
