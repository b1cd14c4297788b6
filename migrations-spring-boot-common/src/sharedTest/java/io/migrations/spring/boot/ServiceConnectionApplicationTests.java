package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.connect.UrlDataSource;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsConnectionDetails;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.lifecycle.ServicesReady;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The database a Testcontainers {@code @ServiceConnection} or a Docker Compose service stands for is the one
 * migrated, through Spring Boot's own service connection machinery. There is no Docker here: the container is a
 * {@link PostgreSQLContainer} that stands for the test database instead of starting one, and the Compose service
 * is described as {@code docker compose} would report it.
 */
class ServiceConnectionApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @Test
    void aServiceConnectionContainerIsTheDatabaseMigrated() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class,
                Containers.class).properties("server.port=0").run()) {
            MigrationsConnectionDetails details = context.getBean(MigrationsConnectionDetails.class);
            assertThat(details.getJdbcUrl()).isEqualTo(db.jdbcUrl());
            assertThat(details.getUsername()).isEqualTo(db.user());
            MigrationRunner runner = context.getBean(MigrationRunner.class);
            assertThat(runner.migrations().config().dataSource()).isInstanceOf(UrlDataSource.class);
            assertThat(runner.url()).isEqualTo(db.jdbcUrl());
        }
        assertThat(db.versions()).containsExactly("b2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDockerComposePostgresServiceIsTheDatabaseMigrated() {
        URI address = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>(Map.of("POSTGRES_USER", db.user(),
                "POSTGRES_DB", address.getPath().substring(1)));
        // As a compose.yaml for a server that trusts local connections would say it.
        env.putAll(db.password().isEmpty() ? Map.of("POSTGRES_HOST_AUTH_METHOD", "trust")
                : Map.of("POSTGRES_PASSWORD", db.password()));
        RunningService postgres = new Service(ImageReference.of("postgres:17"), address.getHost(),
                Map.of(5432, address.getPort()), env);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(TestApplication.class).properties("server.port=0");
        // What Spring Boot's Docker Compose support does once 'docker compose up' has started the services.
        builder.listeners((ApplicationListener<ApplicationPreparedEvent>) prepared -> prepared.getSpringApplication()
                .getListeners().stream().filter(listener -> listener.getClass().getName().endsWith(
                        "DockerComposeServiceConnectionsApplicationListener"))
                .forEach(listener -> ((ApplicationListener<ApplicationEvent>) listener).onApplicationEvent(
                        ServicesReady.event(prepared.getApplicationContext(), List.of(postgres)))));
        try (ConfigurableApplicationContext context = builder.run()) {
            MigrationsConnectionDetails details = context.getBean(MigrationsConnectionDetails.class);
            assertThat(details.getJdbcUrl()).isEqualTo(db.jdbcUrl());
            assertThat(details.getUsername()).isEqualTo(db.user());
            assertThat(context.getBean(MigrationRunner.class).url()).isEqualTo(db.jdbcUrl());
        }
        assertThat(db.versions()).containsExactly("b2");
    }

    /** The test database as a {@code @ServiceConnection} container would give it. */
    @Configuration(proxyBeanMethods = false)
    static class Containers {

        @Bean
        @ServiceConnection
        TestDatabaseContainer postgres() {
            return new TestDatabaseContainer();
        }
    }

    /** A PostgreSQL container that is already running: the test database. */
    static final class TestDatabaseContainer extends PostgreSQLContainer<TestDatabaseContainer> {

        TestDatabaseContainer() {
            super("postgres:17");
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public String getJdbcUrl() {
            return db.jdbcUrl();
        }

        @Override
        public String getUsername() {
            return db.user();
        }

        @Override
        public String getPassword() {
            return db.password();
        }
    }

    /** A service as {@code docker compose ps} and {@code docker inspect} describe it. */
    private record Service(ImageReference image, String host, Map<Integer, Integer> published, Map<String, String> env)
            implements RunningService {

        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public ConnectionPorts ports() {
            return new ConnectionPorts() {
                @Override
                public int get(int containerPort) {
                    return published.get(containerPort);
                }

                @Override
                public List<Integer> getAll() {
                    return List.copyOf(published.values());
                }

                @Override
                public List<Integer> getAll(String protocol) {
                    return "tcp".equals(protocol) ? getAll() : List.of();
                }
            };
        }

        @Override
        public Map<String, String> labels() {
            return Map.of();
        }
    }
}
