package io.migrations.spring;

import io.migrations.spring.MigrationsProperties.Mode;

/**
 * What the application does with its runners, from {@code migrations.enabled}, {@code migrations.mode} and
 * {@code migrations.migrate-only}, read when it starts (so that an AOT-processed application follows the settings
 * it runs with, not those of its build).
 */
public enum StartupAction {

    /** Migrate while the context starts, before database users ('startup' mode and migrate-only runs). */
    MIGRATE,
    /** Check, without changing anything, that the database is current ('validate' mode). */
    VALIDATE,
    /** Migrate once the application is ready ('ready' mode). */
    MIGRATE_WHEN_READY,
    /** Nothing ('none' mode, or migrations disabled). */
    NOTHING;

    /** Whether the application applies revisions itself in this action. */
    public boolean migrates() {
        return this == MIGRATE || this == MIGRATE_WHEN_READY;
    }

    /** The action the properties ask for. */
    public static StartupAction of(MigrationsProperties properties) {
        if (!properties.isEnabled()) {
            return NOTHING;
        }
        if (properties.isMigrateOnly()) {
            return MIGRATE;
        }
        Mode mode = properties.getMode();
        return switch (mode) {
            case STARTUP -> MIGRATE;
            case VALIDATE -> VALIDATE;
            case READY -> MIGRATE_WHEN_READY;
            case NONE -> NOTHING;
        };
    }
}
