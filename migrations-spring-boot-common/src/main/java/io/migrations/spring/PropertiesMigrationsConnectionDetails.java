package io.migrations.spring;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@link MigrationsConnectionDetails} from {@code migrations.url}, {@code migrations.user} and
 * {@code migrations.password}, over the application's JDBC connection details when it has those but no data source.
 */
final class PropertiesMigrationsConnectionDetails implements MigrationsConnectionDetails {

    private final MigrationsProperties properties;
    private final MigrationsConnectionDetails application;

    PropertiesMigrationsConnectionDetails(MigrationsProperties properties) {
        this(properties, () -> null);
    }

    /**
     * @param application Spring Boot's JDBC connection details of the application, whose URL and credentials serve
     *                    where the properties set none
     */
    PropertiesMigrationsConnectionDetails(MigrationsProperties properties, MigrationsConnectionDetails application) {
        this.properties = properties;
        this.application = application;
    }

    /**
     * Over connection details read from elsewhere when asked for (Spring Boot's {@code JdbcConnectionDetails}, whose
     * type differs between Boot generations), e.g. {@code over(properties, jdbc::getJdbcUrl, jdbc::getUsername,
     * jdbc::getPassword)}.
     */
    static PropertiesMigrationsConnectionDetails over(MigrationsProperties properties, Supplier<@Nullable String> jdbcUrl,
                                                      Supplier<@Nullable String> username,
                                                      Supplier<@Nullable String> password) {
        return new PropertiesMigrationsConnectionDetails(properties, new MigrationsConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return jdbcUrl.get();
            }

            @Override
            public String getUsername() {
                return username.get();
            }

            @Override
            public String getPassword() {
                return password.get();
            }
        });
    }

    @Override
    public @Nullable String getJdbcUrl() {
        return properties.getUrl() != null ? properties.getUrl() : application.getJdbcUrl();
    }

    @Override
    public @Nullable String getUsername() {
        return properties.getUser() != null || properties.getUrl() != null ? properties.getUser()
                : application.getUsername();
    }

    @Override
    public @Nullable String getPassword() {
        return properties.getUser() != null || properties.getUrl() != null ? properties.getPassword()
                : application.getPassword();
    }
}
