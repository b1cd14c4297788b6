package io.migrations.spring.docker;

import io.migrations.spring.MigrationsConnectionDetails;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;

/**
 * Makes a PostgreSQL service that Spring Boot's Docker Compose support started (image {@code postgres} or
 * {@code bitnami/postgresql}) the database that the auto-configured runner migrates. The credentials and database
 * come from the service's environment, as the images read it. Registered in {@code META-INF/spring.factories}; used
 * only when {@code spring-boot-docker-compose} is on the class path.
 */
class MigrationsDockerComposeConnectionDetailsFactory
        extends DockerComposeConnectionDetailsFactory<MigrationsConnectionDetails> {

    private static final int POSTGRES_PORT = 5432;

    MigrationsDockerComposeConnectionDetailsFactory() {
        super(new String[] {"postgres", "bitnami/postgresql"}, "io.migrations.Migrations");
    }

    @Override
    protected MigrationsConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        return new ServiceDetails(source.getRunningService());
    }

    /** The service's address and the user, password and database its environment gives the image. */
    static final class ServiceDetails extends DockerComposeConnectionDetails implements MigrationsConnectionDetails {

        private final String jdbcUrl;
        private final String username;
        private final @Nullable String password;

        ServiceDetails(RunningService service) {
            super(service);
            Map<String, String> env = service.env();
            this.username = first(env, "postgres", "POSTGRES_USER", "POSTGRESQL_USER", "POSTGRESQL_USERNAME");
            this.password = first(env, null, "POSTGRES_PASSWORD", "POSTGRESQL_PASSWORD");
            String database = first(env, username, "POSTGRES_DB", "POSTGRESQL_DB", "POSTGRESQL_DATABASE");
            this.jdbcUrl = "jdbc:postgresql://" + service.host() + ":" + service.ports().get(POSTGRES_PORT) + "/"
                    + database;
        }

        private static @Nullable String first(Map<String, String> env, @Nullable String fallback, String... names) {
            for (String name : names) {
                String value = env.get(name);
                if (value != null && !value.isEmpty()) {
                    return value;
                }
            }
            return fallback;
        }

        @Override
        public String getJdbcUrl() {
            return jdbcUrl;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public @Nullable String getPassword() {
            return password;
        }
    }
}
