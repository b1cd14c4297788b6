package io.migrations.spring;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates every {@link MigrationRunner} while the context starts ('startup' mode and migrate-only runs). Beans that
 * use the database (JPA, {@code JdbcClient}, {@code @DependsOnDatabaseInitialization}) are created after it.
 */
public class MigrationsInitializer implements InitializingBean {

    private final List<MigrationRunner> runners;
    private final MigrationStrategy strategy;

    public MigrationsInitializer(List<MigrationRunner> runners, MigrationStrategy strategy) {
        this.runners = List.copyOf(runners);
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        runners.forEach(runner -> StrategyCall.migrate(strategy, runner));
    }
}
