package io.migrations.spring;

/**
 * Told about every run of every {@link MigrationRunner} that the auto-configuration creates, e.g. to record metrics.
 * Beans of this type are picked up in {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface MigrationRunListener {

    /**
     * Called after a run, on the thread that ran it. Exceptions thrown here are logged and do not change the run.
     *
     * @param runner the runner that ran
     * @param run    what happened
     */
    void finished(MigrationRunner runner, MigrationRun run);
}
