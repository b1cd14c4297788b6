package io.migrations.spring;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database of Spring Boot's {@link JdbcConnectionDetails} when the application has those but no
 * {@link DataSource}; {@code migrations.url}, {@code user} and {@code password} still win.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(DataSource.class)
class JdbcConnectionDetailsConfiguration {

    @Bean
    @ConditionalOnMissingBean(MigrationsConnectionDetails.class)
    @ConditionalOnBean(JdbcConnectionDetails.class)
    MigrationsConnectionDetails jdbcMigrationsConnectionDetails(MigrationsProperties properties,
                                                                JdbcConnectionDetails jdbc) {
        return PropertiesMigrationsConnectionDetails.over(properties, jdbc::getJdbcUrl, jdbc::getUsername,
                jdbc::getPassword);
    }
}
