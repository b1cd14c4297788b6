package io.migrations.spring;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the startup part of {@code migrations.mode} for every {@link MigrationRunner} while the context starts:
 * migrates in 'startup' mode and migrate-only runs, checks that the database is current in 'validate' mode, and does
 * nothing otherwise. Beans that use the database (JPA, {@code JdbcClient}, {@code @DependsOnDatabaseInitialization})
 * are created after it, so they never see a stale schema.
 */
public class MigrationsInitializer implements InitializingBean {

    private final List<MigrationRunner> runners;
    private final MigrationStrategy strategy;
    private final MigrationsProperties properties;

    public MigrationsInitializer(List<MigrationRunner> runners, MigrationStrategy strategy,
                                 MigrationsProperties properties) {
        this.runners = List.copyOf(runners);
        this.strategy = strategy;
        this.properties = properties;
    }

    /**
     * @throws MigrationFailedException when a migration fails, or in 'validate' mode when a database is not at the
     *                                  revisions the application expects
     */
    @Override
    public void afterPropertiesSet() {
        switch (StartupAction.of(properties)) {
            case MIGRATE -> runners.forEach(runner -> StrategyCall.migrate(strategy, runner));
            case VALIDATE -> runners.forEach(StrategyCall::validate);
            case MIGRATE_WHEN_READY, NOTHING -> {
            }
        }
    }
}
