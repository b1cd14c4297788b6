package io.migrations.spring.testcontainers;

import io.migrations.spring.MigrationsConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Makes a {@code @ServiceConnection} database container, e.g. a {@code PostgreSQLContainer}, the database that the
 * auto-configured runner migrates, as Spring Boot does for Flyway and Liquibase. Registered in
 * {@code META-INF/spring.factories}; used only when Spring Boot's Testcontainers support is on the class path.
 */
class MigrationsContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrationsConnectionDetails> {

    MigrationsContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME, "io.migrations.Migrations");
    }

    @Override
    protected MigrationsConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new ContainerDetails(source);
    }

    /** The container's URL and credentials, read once it has started. */
    private static final class ContainerDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
            implements MigrationsConnectionDetails {

        private ContainerDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }
    }
}
