package io.migrations.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code migrations.*}: when and how the application migrates, the settings of its default
 * {@link MigrationRunner} (inherited from {@link MigrationRunnerProperties}), and further runners under
 * {@code migrations.datasources.<name>.*}. Defaults equal those of {@link io.migrations.MigrationsConfig}.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties extends MigrationRunnerProperties {

    /** Whether to auto-configure migrations at all. */
    private boolean enabled = true;

    /**
     * When the application applies revisions: 'startup' (before database users), 'ready' (once the application is
     * ready), 'validate' (never; startup fails unless the database is up to date) or 'none'.
     */
    private Mode mode = Mode.STARTUP;

    /** What a failed migration in 'ready' mode does to the application. */
    private OnFailure onFailure = OnFailure.EXIT;

    /**
     * Apply pending revisions, log a summary and exit without starting a web server or running the application's
     * runners; the exit code tells success (0), a database or migration failure (1), or broken revision files or
     * settings (2). Also switched on by the migrate-only profile.
     */
    private boolean migrateOnly = false;

    /** The profile that makes a run migrate-only, e.g. '--spring.profiles.active=migrate'; empty for none. */
    private String migrateOnlyProfile = "migrate";

    /**
     * Runners by name, one per database (or schema) to migrate, e.g. 'migrations.datasources.orders.*'. Each takes
     * every setting of a runner ('data-source', 'locations', 'schema', 'target', ...) and inherits those it does not
     * set from the top-level 'migrations.*' ones. When any is set, they replace the default runner; name the
     * application's data source in one of them to migrate it too.
     */
    private Map<String, MigrationRunnerProperties> datasources = new LinkedHashMap<>();

    /** When the application applies revisions. */
    public enum Mode {
        /** Before JPA, JDBC templates and other database users are created. */
        STARTUP,
        /** After the application is ready; readiness refuses traffic while migrating. */
        READY,
        /** Change nothing; fail startup when revisions are pending, unknown or edited. */
        VALIDATE,
        /** Change nothing; the endpoint, health and metrics still report. */
        NONE
    }

    /** What a failed migration in 'ready' mode does. */
    public enum OnFailure {
        /** Close the application and exit with a non-zero code. */
        EXIT,
        /**
         * Keep running; the 'migrations' health indicator reports DOWN, so a readiness group that includes it
         * keeps the instance out of traffic.
         */
        KEEP_RUNNING
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public OnFailure getOnFailure() {
        return onFailure;
    }

    public void setOnFailure(OnFailure onFailure) {
        this.onFailure = onFailure;
    }

    public boolean isMigrateOnly() {
        return migrateOnly;
    }

    public void setMigrateOnly(boolean migrateOnly) {
        this.migrateOnly = migrateOnly;
    }

    public String getMigrateOnlyProfile() {
        return migrateOnlyProfile;
    }

    public void setMigrateOnlyProfile(String migrateOnlyProfile) {
        this.migrateOnlyProfile = migrateOnlyProfile;
    }

    /**
     * The runners under {@code migrations.datasources} as written, without the settings they inherit; the runners
     * themselves are made by {@link MigrationRunnerBuilder#build(String)}, which applies both.
     */
    public Map<String, MigrationRunnerProperties> getDatasources() {
        return datasources;
    }

    public void setDatasources(Map<String, MigrationRunnerProperties> datasources) {
        this.datasources = datasources;
    }
}
