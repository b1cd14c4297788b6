package io.migrations.spring;

import io.migrations.db.ConnectionException;

/** Runs the {@link MigrationStrategy} so that any failure carries the database and an exit code. */
final class StrategyCall {

    private StrategyCall() {
    }

    static void migrate(MigrationStrategy strategy, MigrationRunner runner) {
        try {
            strategy.migrate(runner);
        } catch (MigrationFailedException e) {
            throw e;
        } catch (ConnectionException e) {
            // The cause names the server already; asking the data source again would wait for it once more.
            throw new MigrationFailedException("the database", e);
        } catch (RuntimeException e) {
            throw new MigrationFailedException(runner.url(), e);
        }
    }
}
