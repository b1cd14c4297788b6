package io.migrations.spring.lint;

import io.migrations.api.ConnectionException;
import io.migrations.api.ConnectionException.Reason;
import io.migrations.api.DatabaseException;
import io.migrations.api.FailOn;
import io.migrations.api.LintFailedException;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.internal.lint.Linter;
import io.migrations.spring.FailureReason;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.ShutdownInterrupt;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Lints the revisions each {@link MigrationRunner} is about to apply as soon as the runner exists, before it
 * migrates: findings are logged as warnings, and those at or above {@code migrations.lint.fail-on} stop the
 * application with a {@link LintFailedException}.
 */
class StartupLint implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(StartupLint.class);

    private final Supplier<Optional<FailOn>> failOn;

    /**
     * @param failOn the threshold, or empty when the application does not lint at start; read when a runner is
     *               created, so that properties are bound by then
     */
    StartupLint(Supplier<Optional<FailOn>> failOn) {
        this.failOn = failOn;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MigrationRunner runner) {
            lint(runner);
        }
        return bean;
    }

    private void lint(MigrationRunner runner) {
        Optional<FailOn> threshold = failOn.get();
        if (threshold.isEmpty()) {
            return;
        }
        LintReport report;
        try (ShutdownInterrupt ignored = ShutdownInterrupt.forCurrentThread("the lint of pending revisions")) {
            report = runner.migrations().lintPending(runner.check());
        } catch (ConnectionException e) {
            if (e.reason() == Reason.TIMED_OUT || e.reason() == Reason.INTERRUPTED) {
                // Waiting for the server again to migrate would only double the wait.
                throw new MigrationFailedException("the database", e, FailureReason.UNREACHABLE);
            }
            log.debug("Lint skipped, the database cannot tell which revisions are pending: {}", e.getMessage());
            return;
        } catch (DatabaseException e) {
            // Which revisions are pending needs the database; the migration itself reports it unreachable.
            log.debug("Lint skipped, the database cannot tell which revisions are pending: {}", e.getMessage());
            return;
        }
        if (threshold.get().fails(report)) {
            throw new MigrationFailedException(runner.url(), new LintFailedException(report, threshold.get()),
                    FailureReason.LINT);
        }
        if (!report.active().isEmpty()) {
            log.warn("Lint of the pending revisions of {}:\n{}", runner.url(), LintFormat.text(report));
        } else if (!report.findings().isEmpty()) {
            log.info("Lint of the pending revisions of {}:\n{}", runner.url(), LintFormat.text(report));
        }
    }
}
