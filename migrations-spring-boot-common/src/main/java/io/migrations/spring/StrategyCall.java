package io.migrations.spring;

import io.migrations.api.ConnectionException;

/** Runs a startup step so that any failure carries the database, why it failed, and an exit code. */
final class StrategyCall {

    private StrategyCall() {
    }

    static void migrate(MigrationStrategy strategy, MigrationRunner runner) {
        guard(runner, () -> strategy.migrate(runner));
    }

    static void validate(MigrationRunner runner) {
        guard(runner, runner::validate);
    }

    private static void guard(MigrationRunner runner, Runnable step) {
        try {
            step.run();
        } catch (MigrationFailedException e) {
            throw e;
        } catch (ConnectionException e) {
            // Asking the database for its URL would wait for it once more: name it as configured.
            throw new MigrationFailedException(DataSources.describeUnreachable(runner.migrations().config().dataSource()),
                    e, FailureReason.of(e));
        } catch (RuntimeException e) {
            throw new MigrationFailedException(runner.url(), e, FailureReason.of(e));
        }
    }
}
