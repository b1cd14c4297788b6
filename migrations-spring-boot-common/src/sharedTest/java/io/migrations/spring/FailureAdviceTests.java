package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FakeServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start that cannot connect is explained in the application's terms: the action names the Spring properties that
 * fit the cause, never the command line's options.
 */
class FailureAdviceTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withPropertyValues("migrations.locations=classpath:db/migrations", "migrations.connect-timeout=1s");

    private FailureAnalysis startWith(String url) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        runner.withPropertyValues("migrations.url=" + url).run(context -> {
            assertThat(context).hasFailed();
            analysis[0] = new MigrationsFailureAnalyzer(new MockEnvironment()).analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).isNotNull();
        assertThat(analysis[0].getDescription() + analysis[0].getAction()).doesNotContain("--");
        return analysis[0];
    }

    private static String server() {
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    @Test
    void refusedLoginNamesTheCredentialProperties() {
        FailureAnalysis analysis = startWith("postgresql://no_such_role_here:pw@" + server() + "/postgres");
        assertThat(analysis.getDescription()).contains("no_such_role_here").contains("Check the user name and password");
        assertThat(analysis.getAction()).contains("spring.datasource.username", "spring.datasource.password",
                "migrations.user", "migrations.password");
    }

    @Test
    void missingPasswordNamesTheCredentialProperties() {
        try (FakeServer scram = FakeServer.start(FakeServer.Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM)) {
            FailureAnalysis analysis = startWith("postgresql://app@" + scram.hostAndPort() + "/app");
            assertThat(analysis.getDescription()).contains("requires a password");
            assertThat(analysis.getAction()).contains("spring.datasource.password");
        }
    }

    @Test
    void silentServerNamesTheUrlAndTheConnectTimeout() {
        try (FakeServer silent = FakeServer.start(FakeServer.Behaviour.SILENT)) {
            FailureAnalysis analysis = startWith("postgresql://app@" + silent.hostAndPort() + "/app");
            assertThat(analysis.getDescription()).contains("Cannot connect to " + silent.hostAndPort() + "/app: no answer");
            assertThat(analysis.getAction()).contains("spring.datasource.url", "DATABASE_URL", "migrations.url",
                    "migrations.connect-timeout");
        }
    }

    @Test
    void sslTheServerLacksNamesTheUrl() {
        try (FakeServer noSsl = FakeServer.start(FakeServer.Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM)) {
            FailureAnalysis analysis = startWith("postgresql://app:pw@" + noSsl.hostAndPort() + "/app?sslmode=require");
            assertThat(analysis.getAction()).startsWith("Change sslmode in spring.datasource.url");
        }
    }

    @Test
    void missingDatabaseAndBadUrlNameTheUrl() {
        String credentials = URLEncoder.encode(db.user(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(db.password(), StandardCharsets.UTF_8);
        assertThat(startWith("postgresql://" + credentials + "@" + server() + "/no_such_db_here").getAction())
                .startsWith("Create the database, or fix its name in spring.datasource.url");
        assertThat(startWith("postgresql://app@" + server() + ":notaport/app").getAction())
                .startsWith("Fix spring.datasource.url");
    }
}
