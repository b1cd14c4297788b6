package io.migrations.spring;

/** Runs the {@link MigrationStrategy} so that any failure carries the database and an exit code. */
final class StrategyCall {

    private StrategyCall() {
    }

    static void migrate(MigrationStrategy strategy, MigrationRunner runner) {
        try {
            strategy.migrate(runner);
        } catch (MigrationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrationFailedException(runner.url(), e);
        }
    }
}
