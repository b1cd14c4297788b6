package io.migrations.spring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Ends a migrate-only run ({@code --spring.profiles.active=migrate} or {@code migrations.migrate-only=true}): once
 * the context has started, which means every revision was applied, logs a summary per data source and closes the
 * context, so that {@code main} returns and the JVM exits with 0. The application's own runners do not run (see
 * {@link MigrateOnlyRunnerFilter}). A failed migration never gets here: the start fails, and Spring Boot exits with
 * {@link MigrationFailedException#getExitCode()}. Inside a Spring test the context stays open for the test.
 * Does nothing in other runs.
 */
public class MigrateOnlyRun implements ApplicationRunner, ExitCodeGenerator, ApplicationContextAware, Ordered {

    /** The property source Spring's test framework adds for every test context (TestPropertySourceUtils). */
    private static final String TEST_PROPERTIES = "Inlined Test Properties";

    private static final Logger log = LoggerFactory.getLogger(MigrateOnlyRun.class);

    private final List<MigrationRunner> runners;
    private final MigrationsProperties properties;
    private ApplicationContext context;

    public MigrateOnlyRun(List<MigrationRunner> runners, MigrationsProperties properties) {
        this.runners = List.copyOf(runners);
        this.properties = properties;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isEnabled() || !properties.isMigrateOnly()) {
            return;
        }
        for (MigrationRunner runner : runners) {
            String summary = runner.lastRun()
                    .map(run -> run.succeeded() ? run.result().summary() : "failed: " + run.failure().getMessage())
                    .orElse("not migrated (a custom MigrationStrategy skipped it)");
            log.info("Migrate-only run: {}: {}", runner.url(), summary);
        }
        if (context instanceof ConfigurableApplicationContext configurable && !insideTest(configurable)) {
            log.info("Migrate-only run finished; closing the application (exit code {})", getExitCode());
            configurable.close();
        }
    }

    private static boolean insideTest(ConfigurableApplicationContext context) {
        return context.getEnvironment().getPropertySources().contains(TEST_PROPERTIES);
    }

    /** 0: a migrate-only run that reaches its end applied every revision. */
    @Override
    public int getExitCode() {
        return 0;
    }

    /** First among runners, so that the summary comes before anything else. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
