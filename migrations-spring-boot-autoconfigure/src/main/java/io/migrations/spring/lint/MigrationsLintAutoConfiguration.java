package io.migrations.spring.lint;

import io.migrations.internal.lint.Linter;
import io.migrations.spring.MigrationsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Lints pending revisions before the application applies them ({@code startup} and {@code ready} modes and
 * migrate-only runs); {@code migrations.lint.enabled=false} switches it off.
 */
@AutoConfiguration(before = MigrationsAutoConfiguration.class)
@ConditionalOnClass(Linter.class)
@ConditionalOnBooleanProperty(name = "migrations.lint.enabled", matchIfMissing = true)
@Conditional(MigrationsLintAutoConfiguration.Migrating.class)
@EnableConfigurationProperties(MigrationsLintProperties.class)
public final class MigrationsLintAutoConfiguration {

    // Static, as every BeanPostProcessor bean; properties are looked up lazily so that they are bound first.
    @Bean
    static StartupLint migrationsStartupLint(ObjectProvider<MigrationsLintProperties> properties) {
        return new StartupLint(() -> properties.getObject().getFailOn());
    }

    /** A mode in which the application applies revisions itself. */
    static final class Migrating extends AnyNestedCondition {

        Migrating() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(name = "migrations.mode", havingValue = "startup", matchIfMissing = true)
        private static final class StartupMode {
        }

        @ConditionalOnProperty(name = "migrations.mode", havingValue = "ready")
        private static final class ReadyMode {
        }

        @ConditionalOnBooleanProperty("migrations.migrate-only")
        private static final class MigrateOnly {
        }
    }
}
