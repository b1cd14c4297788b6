package io.migrations.spring;

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

    @Override
    public String getJdbcUrl() {
        return properties.getUrl() != null ? properties.getUrl() : application.getJdbcUrl();
    }

    @Override
    public String getUsername() {
        return properties.getUser() != null || properties.getUrl() != null ? properties.getUser()
                : application.getUsername();
    }

    @Override
    public String getPassword() {
        return properties.getUser() != null || properties.getUrl() != null ? properties.getPassword()
                : application.getPassword();
    }
}
