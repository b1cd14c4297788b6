package io.migrations.spring.model;

import io.migrations.internal.autogen.Autogenerate;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import io.migrations.spring.endpoint.ModelProbe;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code migrations.model-check=warn|fail}: the startup model check and the model section of the {@code migrations}
 * endpoint; with JPA on the class path, the application's entities are the model when no SQL model is found.
 */
@AutoConfiguration(afterName = "io.migrations.spring.MigrationsAutoConfiguration",
        before = MigrationsEndpointAutoConfiguration.class)
@ConditionalOnClass(Autogenerate.class)
@ConditionalOnExpression("'${migrations.model-check:off}'.toLowerCase() != 'off'")
@EnableConfigurationProperties({MigrationsModelProperties.class, MigrationsProperties.class})
public final class MigrationsModelAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ModelProbe migrationsModelProbe(MigrationsModelProperties model, ObjectProvider<JpaModelSource> jpa) {
        return new DatabaseModelProbe(model, Optional.ofNullable(jpa.getIfAvailable()));
    }

    @Bean
    @ConditionalOnMissingBean
    StartupModelCheck migrationsStartupModelCheck(ObjectProvider<MigrationRunner> runners, ModelProbe probe,
                                                  MigrationsModelProperties model, MigrationsProperties migrations) {
        return new StartupModelCheck(runners, probe, model, migrations);
    }

    /** The entities of the application's {@code EntityManagerFactory}, looked up when the model is checked. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(EntityManagerFactory.class)
    static class Jpa {

        @Bean
        @ConditionalOnMissingBean
        JpaModelSource migrationsJpaModelSource(ObjectProvider<EntityManagerFactory> factory) {
            return new EntityManagerFactoryModelSource(factory);
        }
    }
}
