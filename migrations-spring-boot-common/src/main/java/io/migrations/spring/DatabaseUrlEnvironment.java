package io.migrations.spring;

import io.migrations.internal.connect.DatabaseUrl;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Configures the data source from {@code DATABASE_URL} ({@code postgresql://user:password@host:5432/db} or
 * {@code postgres://…}, as Render, Supabase and Heroku set it) when {@code spring.datasource.url} is not set.
 * Explicit {@code spring.datasource.username} and {@code password} settings still win over the URL's. Each Boot
 * generation's environment post-processor calls it.
 */
public final class DatabaseUrlEnvironment {

    static final String VARIABLE = "DATABASE_URL";

    private static final Pattern POSTGRES_URL = Pattern.compile("(?i)^\\s*postgres(ql)?://.*");

    private DatabaseUrlEnvironment() {
    }

    /** Adds the data source properties that {@code DATABASE_URL} implies, with the lowest precedence. */
    public static void apply(ConfigurableEnvironment environment) {
        String value = environment.getProperty(VARIABLE);
        if (value == null || !POSTGRES_URL.matcher(value).matches() || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        DatabaseUrl url = DatabaseUrl.parse(value, null, null);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url.jdbcUrl());
        if (url.user() != null) {
            properties.put("spring.datasource.username", url.user());
        }
        if (url.password() != null) {
            properties.put("spring.datasource.password", url.password());
        }
        environment.getPropertySources().addLast(new MapPropertySource("migrationsDatabaseUrl", properties));
    }
}
