package io.migrations.spring;

import io.migrations.spring.MigrationsProperties.OnFailure;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * 'ready' mode: migrates every {@link MigrationRunner} once the application is ready, while readiness refuses
 * traffic. A failure stops the application with a non-zero exit code, unless {@code migrations.on-failure} is
 * {@code keep-running}. Does nothing in other modes.
 */
public class ReadyMigrations implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyMigrations.class);

    private final List<MigrationRunner> runners;
    private final MigrationStrategy strategy;
    private final MigrationsProperties properties;

    public ReadyMigrations(List<MigrationRunner> runners, MigrationStrategy strategy, MigrationsProperties properties) {
        this.runners = List.copyOf(runners);
        this.strategy = strategy;
        this.properties = properties;
    }

    /**
     * @throws MigrationFailedException when a migration fails and the application should exit; Spring Boot then
     *                                  closes the context and exits with the exception's code
     */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (StartupAction.of(properties) != StartupAction.MIGRATE_WHEN_READY) {
            return;
        }
        ApplicationContext context = event.getApplicationContext();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            runners.forEach(runner -> StrategyCall.migrate(strategy, runner));
        } catch (MigrationFailedException e) {
            if (properties.getOnFailure() == OnFailure.EXIT) {
                throw e;
            }
            log.error("{} The application keeps running (migrations.on-failure=keep-running); the 'migrations' "
                    + "health indicator reports DOWN until a run succeeds.", e.getMessage(), e);
            return;
        }
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
}
