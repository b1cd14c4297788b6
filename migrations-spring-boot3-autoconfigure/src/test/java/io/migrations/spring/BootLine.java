package io.migrations.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;

/** What the shared tests (migrations-spring-boot-common/src/sharedTest) need from Spring Boot 3.5 by name. */
public final class BootLine {

    /** The generation these tests run on. */
    public static final BootGeneration GENERATION = BootGeneration.BOOT_3;

    /** Boot's data source auto-configuration. */
    public static final Class<?> DATA_SOURCE = DataSourceAutoConfiguration.class;

    /** Boot's metrics auto-configurations, with the simple registry. */
    public static final Class<?>[] METRICS = {MetricsAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class};

    /** Boot's observation auto-configuration, which makes the application's ObservationRegistry. */
    public static final Class<?> OBSERVATION = org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration.class;

    /** The names of the members of a composite health contributor. */
    public static List<String> contributorNames(Object contributor) {
        return ((CompositeHealthContributor) contributor).stream().map(NamedContributor::getName).toList();
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
