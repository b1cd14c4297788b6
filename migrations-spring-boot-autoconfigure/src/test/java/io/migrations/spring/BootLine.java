package io.migrations.spring;

import java.util.List;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;

/** What the shared tests (migrations-spring-boot-common/src/sharedTest) need from Spring Boot 4 by name. */
public final class BootLine {

    /** The generation these tests run on. */
    public static final BootGeneration GENERATION = BootGeneration.BOOT_4;

    /** Boot's data source auto-configuration. */
    public static final Class<?> DATA_SOURCE = DataSourceAutoConfiguration.class;

    /** Boot's metrics auto-configurations, with the simple registry. */
    public static final Class<?>[] METRICS = {MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class};

    /** Boot's observation auto-configuration, which makes the application's ObservationRegistry. */
    public static final Class<?> OBSERVATION = org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration.class;

    /** The names of the members of a composite health contributor. */
    public static List<String> contributorNames(Object contributor) {
        return ((CompositeHealthContributor) contributor).stream().map(c -> c.name()).toList();
    }

    /** Spring Boot's JDBC connection details type. */
    public static final Class<?> JDBC_CONNECTION_DETAILS = JdbcConnectionDetails.class;

    /** Spring Boot's JDBC connection details for a database, as a service connection gives them. */
    public static Object jdbcConnectionDetails(String url, String user, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private BootLine() {
    }
}
