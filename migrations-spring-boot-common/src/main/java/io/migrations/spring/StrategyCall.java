package io.migrations.spring;

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
        } catch (RuntimeException e) {
            throw new MigrationFailedException(runner.url(), e,
                    FailureReason.of(e, id -> runner.migrations().revisions().find(id).isPresent()));
        }
    }
}
