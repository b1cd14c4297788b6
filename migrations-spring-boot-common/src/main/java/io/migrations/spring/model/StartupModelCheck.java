package io.migrations.spring.model;

import io.migrations.api.ModelException;
import io.migrations.spring.FailureReason;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.MigrationsProperties;
import io.migrations.spring.StartupAction;
import io.migrations.spring.endpoint.ModelProbe;
import io.migrations.spring.endpoint.ModelProbe.ModelDescriptor;
import io.migrations.spring.model.MigrationsModelProperties.ModelCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code migrations.model-check}: once the context has started, and so the databases are migrated ('startup' mode)
 * or known to be current ('validate' mode), compares each with the model. 'warn' logs the differences, 'fail' stops
 * the application with them ({@link ModelMismatchException}, exit code 1; a check that cannot run, exit code 2). In
 * 'ready' mode the databases are migrated later, so only the endpoint's model section reports them.
 */
class StartupModelCheck implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupModelCheck.class);

    private final ObjectProvider<MigrationRunner> runners;
    private final ModelProbe probe;
    private final MigrationsModelProperties model;
    private final MigrationsProperties migrations;

    StartupModelCheck(ObjectProvider<MigrationRunner> runners, ModelProbe probe, MigrationsModelProperties model,
                      MigrationsProperties migrations) {
        this.runners = runners;
        this.probe = probe;
        this.model = model;
        this.migrations = migrations;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        StartupAction action = StartupAction.of(migrations);
        if (action != StartupAction.MIGRATE && action != StartupAction.VALIDATE) {
            log.info("migrations.model-check skipped at startup: the databases are not migrated yet "
                    + "(migrations.mode={}); the migrations endpoint's model section compares them", migrations.getMode());
            return;
        }
        runners.orderedStream().forEach(runner -> probe.check(runner).ifPresent(result -> report(runner, result)));
    }

    private void report(MigrationRunner runner, ModelDescriptor result) {
        boolean fail = model.getModelCheck() == ModelCheck.FAIL;
        if (result.error() != null) {
            if (fail) {
                throw new MigrationFailedException(runner.url(), new ModelException("The model check could not run: "
                        + result.error()), FailureReason.MODEL);
            }
            return; // the probe has logged it
        }
        if (result.matches()) {
            log.info("{} has exactly the schema of the model {}", runner.url(), result.model());
            return;
        }
        ModelMismatchException mismatch = new ModelMismatchException(result.model(), result.differences());
        if (fail) {
            throw new MigrationFailedException(runner.url(), mismatch, FailureReason.MODEL);
        }
        log.warn("{}: {}", runner.url(), mismatch.getMessage());
    }
}
