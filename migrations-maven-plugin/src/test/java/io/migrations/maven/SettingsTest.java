package io.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the database comes from: the POM or the properties first, then the environment, as the CLI reads it. */
class SettingsTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            Settings.DATABASE_URL, "postgresql://env@db:5432/env",
            Settings.USER, "env-user",
            Settings.PASSWORD, "env-secret");

    private static Settings settings(String url, String user, String password) {
        return new Settings(url, user, password, List.of(), null, List.of(), Path.of("."), null, "alembic_version",
                "migrations_history", 0, Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    @Test
    void theEnvironmentFillsWhatThePomLeavesUnset() {
        Settings merged = settings(null, " ", null).withEnvironment(ENVIRONMENT);

        assertThat(merged.url()).isEqualTo("postgresql://env@db:5432/env");
        assertThat(merged.user()).isEqualTo("env-user");
        assertThat(merged.password()).isEqualTo("env-secret");
        assertThat(merged.hasUrl()).isTrue();
    }

    @Test
    void thePomWinsOverTheEnvironment() {
        Settings merged = settings("postgresql://pom@db:5432/pom", "pom-user", "pom-secret").withEnvironment(ENVIRONMENT);

        assertThat(merged.url()).isEqualTo("postgresql://pom@db:5432/pom");
        assertThat(merged.user()).isEqualTo("pom-user");
        assertThat(merged.password()).isEqualTo("pom-secret");
    }

    @Test
    void blankVariablesCountAsUnset() {
        Settings merged = settings(null, null, null).withEnvironment(Map.of(Settings.DATABASE_URL, "  "));

        assertThat(merged.hasUrl()).isFalse();
        assertThat(merged.user()).isNull();
    }
}
