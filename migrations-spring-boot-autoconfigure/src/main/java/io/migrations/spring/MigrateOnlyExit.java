package io.migrations.spring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Ends a migrate-only run ({@code --spring.profiles.active=migrate} or {@code migrations.migrate-only=true}) once the
 * context has started, which means every revision was applied: logs a summary per data source, closes the context
 * and exits the JVM with the context's exit code (0 unless an {@link org.springframework.boot.ExitCodeGenerator}
 * bean says otherwise), before any {@code CommandLineRunner} runs. A failed migration never gets here: the startup
 * fails and Spring Boot exits with {@link MigrationFailedException#getExitCode()}.
 */
public class MigrateOnlyExit implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(MigrateOnlyExit.class);

    private final List<MigrationRunner> runners;

    public MigrateOnlyExit(List<MigrationRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        for (MigrationRunner runner : runners) {
            String summary = runner.lastRun()
                    .map(run -> run.succeeded() ? run.result().summary() : "failed: " + run.failure().getMessage())
                    .orElse("not migrated (a custom MigrationStrategy skipped it)");
            log.info("Migrate-only run: {}: {}", runner.url(), summary);
        }
        int code = SpringApplication.exit(event.getApplicationContext());
        log.info("Migrate-only run finished; exiting with code {}", code);
        System.exit(code);
    }
}
