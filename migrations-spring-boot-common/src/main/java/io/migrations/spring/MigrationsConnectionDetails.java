package io.migrations.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the auto-configured {@link MigrationRunner} connects, as Spring Boot's other connection details say it: from
 * {@code migrations.url}, {@code migrations.user} and {@code migrations.password} by default, from a Testcontainers
 * {@code @ServiceConnection} database or a Docker Compose PostgreSQL service when the application has one, or from a
 * bean of the application's own. A {@link MigrationsDataSource @MigrationsDataSource} data source wins over it.
 */
public interface MigrationsConnectionDetails extends ConnectionDetails {

    /**
     * The JDBC URL of the database to migrate ({@code postgresql://…} connection strings are accepted as well), or
     * null to migrate the application's data source.
     */
    @Nullable
    String getJdbcUrl();

    /** The user to connect as; null for the URL's, or for the application data source's own. */
    default @Nullable String getUsername() {
        return null;
    }

    /** The user's password; null when the URL or data source has it, or none is needed. */
    default @Nullable String getPassword() {
        return null;
    }
}
