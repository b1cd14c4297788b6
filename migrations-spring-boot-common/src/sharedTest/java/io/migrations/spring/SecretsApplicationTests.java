package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.spring.app.TestApplication;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/**
 * No password in what a Spring application shows: the Actuator endpoint, the failure analysis of a startup that could
 * not connect, and the log of a whole start from {@code DATABASE_URL}. Each password holds one of {@code ?/@#%:},
 * percent-encoded or as is, in every URL form; its two halves must appear nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsApplicationTests {

    private static final String LEFT = "Zq7Kx";
    private static final String RIGHT = "VwLm9";
    private static final String ROLE = "spring_secret_" + Long.toHexString(System.nanoTime());

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private static String host;
    private static int port;
    private static String database;

    @BeforeAll
    static void role() {
        db.execute("CREATE ROLE " + ROLE + " LOGIN SUPERUSER");
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        host = uri.getHost();
        port = uri.getPort() < 0 ? 5432 : uri.getPort();
        database = uri.getPath().substring(1);
    }

    @AfterAll
    static void dropRole() {
        db.execute("REASSIGN OWNED BY " + ROLE + " TO CURRENT_USER; DROP OWNED BY " + ROLE + "; DROP ROLE " + ROLE);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (char c : "?/@#%:".toCharArray()) {
            String password = LEFT + c + RIGHT;
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
            for (String form : List.of("postgresql", "postgres", "jdbc-user-info", "jdbc-parameter", "key-value")) {
                if (!form.equals("key-value")) {
                    cases.add(Arguments.of(form, password, encoded));
                }
                if (!form.equals("jdbc-parameter")) {
                    cases.add(Arguments.of(form, password, password));
                }
            }
        }
        return cases.stream();
    }

    private static String url(String form, String db, String passwordText) {
        String where = host + ":" + port + "/" + db;
        return switch (form) {
            case "postgresql" -> "postgresql://" + ROLE + ":" + passwordText + "@" + where;
            case "postgres" -> "postgres://" + ROLE + ":" + passwordText + "@" + where + "?sslmode=disable";
            case "jdbc-user-info" -> "jdbc:postgresql://" + ROLE + ":" + passwordText + "@" + where;
            case "jdbc-parameter" -> "jdbc:postgresql://" + where + "?user=" + ROLE + "&password=" + passwordText;
            default -> "host=" + host + " port=" + port + " dbname=" + db + " user=" + ROLE + " password='" + passwordText + "'";
        };
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("cases")
    void endpointAndFailureAnalysisNeverShowThePassword(String form, String password, String passwordText) {
        db.execute("ALTER ROLE " + ROLE + " PASSWORD '" + password + "'");
        boolean unreadable = passwordText.equals(password) && password.contains("%") && !form.equals("key-value");
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withPropertyValues("migrations.locations=classpath:db/migrations");
        String url = url(form, database, passwordText);
        runner.withPropertyValues("migrations.url=" + url).run(context -> {
            if (unreadable) {
                assertThat(context).hasFailed();
                assertThat(analyze(context.getStartupFailure(), url).getDescription())
                        .startsWith("Invalid database URL: the password has a '%'");
                return;
            }
            assertThat(context).hasNotFailed();
            MigrationRunner migrations = context.getBean(MigrationRunner.class);
            var report = new MigrationsEndpoint(Map.of("migrationRunner", migrations)).migrations();
            String shown = report.dataSources().get("migrationRunner").url();
            assertThat(shown).startsWith("jdbc:postgresql://" + host + ":" + port + "/" + database);
            assertThat(report.toString() + migrations.url()).doesNotContain(LEFT).doesNotContain(RIGHT);
        });
        String missing = url(form, "no_such_db_here", passwordText);
        runner.withPropertyValues("migrations.url=" + missing).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyze(context.getStartupFailure(), missing);
            assertThat(analysis.getDescription()).startsWith(unreadable ? "Invalid database URL" : "Migrating ");
            assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(LEFT).doesNotContain(RIGHT);
        });
    }

    /**
     * A runner with {@code search-path} connects through a wrapper around the URL's data source; the driver's error
     * still loses the password. The server names the user in {@code role "…" does not exist}, and a user whose
     * password is its own name (postgres/postgres) is common.
     */
    @Test
    void aDriverErrorThroughTheSearchPathNeverShowsThePassword() {
        String secret = LEFT + "_" + RIGHT;
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withPropertyValues("migrations.locations=classpath:db/migrations", "migrations.url=" + url,
                        "migrations.user=" + secret, "migrations.password=" + secret, "migrations.search-path=tenant")
                .run(context -> {
                    assertThat(context).hasFailed();
                    MigrationFailedException failure = findCause(context.getStartupFailure(), MigrationFailedException.class);
                    assertThat(failure).hasMessageContaining("does not exist").hasMessageContaining("Check the user name")
                            .hasMessageContaining(host + ":" + port + "/" + database);
                    FailureAnalysis analysis = analyze(context.getStartupFailure(), url);
                    assertThat(failure.getMessage() + failure.getCause().getMessage() + analysis.getDescription()
                            + analysis.getAction()).doesNotContain(LEFT).doesNotContain(RIGHT);
                });
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
    }

    @Test
    void applicationLogNeverShowsAPasswordFromDatabaseUrl(CapturedOutput output) {
        db.execute("ALTER ROLE " + ROLE + " PASSWORD '" + LEFT + "/" + RIGHT + "'");
        String[] logging = {"logging.level.io.migrations=DEBUG", "logging.level.com.zaxxer=DEBUG",
                "logging.level.org.postgresql=DEBUG", "logging.level.org.springframework.boot.diagnostics=DEBUG"};
        String raw = "postgresql://" + ROLE + ":" + LEFT + "/" + RIGHT + "@" + host + ":" + port + "/";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .properties("DATABASE_URL=" + raw + database, "server.port=0")
                .properties(logging)
                .run()) {
            assertThat(context.getBean(MigrationRunner.class).lastRun()).hasValueSatisfying(run ->
                    assertThat(run.succeeded()).isTrue());
        }
        assertThatThrownBy(() -> new SpringApplicationBuilder(TestApplication.class)
                .properties("DATABASE_URL=" + raw + "no_such_db_here", "server.port=0")
                .properties(logging)
                .run().close());
        assertThat(output.getAll()).contains("Running upgrade").contains("no_such_db_here")
                .doesNotContain(LEFT).doesNotContain(RIGHT);
    }

    /** What Spring Boot's failure reporting prints for {@code failure} with {@code url} configured. */
    private static FailureAnalysis analyze(Throwable failure, String url) {
        return new MigrationsFailureAnalyzer(new MockEnvironment().withProperty("migrations.url", url)).analyze(failure);
    }
}
