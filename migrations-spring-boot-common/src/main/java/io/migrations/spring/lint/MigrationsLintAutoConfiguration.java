package io.migrations.spring.lint;

import io.migrations.internal.lint.Linter;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.StartupAction;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Lints pending revisions before the application applies them ({@code startup} and {@code ready} modes and
 * migrate-only runs, as decided when the application starts); {@code migrations.lint.enabled=false} switches it off.
 */
@AutoConfiguration(beforeName = "io.migrations.spring.MigrationsAutoConfiguration")
@ConditionalOnClass(Linter.class)
@EnableConfigurationProperties({MigrationsLintProperties.class, MigrationsProperties.class})
public final class MigrationsLintAutoConfiguration {

    // Static, as every BeanPostProcessor bean; properties are looked up lazily so that they are bound first.
    @Bean
    @ConditionalOnMissingBean
    static StartupLint migrationsStartupLint(ObjectProvider<MigrationsLintProperties> lint,
                                             ObjectProvider<MigrationsProperties> migrations) {
        return new StartupLint(() -> lint.getObject().isEnabled()
                && StartupAction.of(migrations.getObject()).migrates()
                ? Optional.of(lint.getObject().getFailOn()) : Optional.empty());
    }
}
