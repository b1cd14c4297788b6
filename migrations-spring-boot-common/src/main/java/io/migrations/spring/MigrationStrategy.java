package io.migrations.spring;

/**
 * How the application migrates a {@link MigrationRunner} at startup, in 'ready' mode and in migrate-only runs.
 * Define a bean of this type to run code around the migration, to stamp instead of upgrading, or to skip it;
 * the default calls {@link MigrationRunner#migrate()}.
 */
@FunctionalInterface
public interface MigrationStrategy {

    /** Migrates the runner's database; an exception fails the startup (or the 'ready' step). */
    void migrate(MigrationRunner runner);
}
