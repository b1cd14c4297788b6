package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DatabaseUrlEnvironmentTests {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final Map<String, Object> settings = new HashMap<>();

    private void postProcess() {
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        DatabaseUrlEnvironment.apply(environment);
    }

    @Test
    void postgresqlUrlConfiguresTheDataSource() {
        settings.put("DATABASE_URL", "postgresql://app:s%40cret@db.example.com:6543/shop?sslmode=require");
        postProcess();
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.com:6543/shop?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s@cret");
    }

    @Test
    void postgresSchemeIsAcceptedToo() {
        settings.put("DATABASE_URL", "postgres://render@dpg-123/app");
        postProcess();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://dpg-123/app");
        assertThat(environment.getProperty("spring.datasource.password")).isNull();
    }

    @Test
    void explicitDataSourceUrlWins() {
        settings.put("DATABASE_URL", "postgresql://app@db/shop");
        settings.put("spring.datasource.url", "jdbc:postgresql://other/db");
        postProcess();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other/db");
        assertThat(environment.getProperty("spring.datasource.username")).isNull();
    }

    @Test
    void explicitUsernameWinsOverTheUrls() {
        settings.put("DATABASE_URL", "postgresql://app:pw@db/shop");
        settings.put("spring.datasource.username", "reader");
        postProcess();
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("reader");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/shop");
    }

    @Test
    void otherSchemesAreLeftAlone() {
        settings.put("DATABASE_URL", "mysql://app@db/shop");
        postProcess();
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }
}
