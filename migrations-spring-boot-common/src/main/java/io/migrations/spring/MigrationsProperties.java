package io.migrations.spring;

import io.migrations.api.LockMode;
import io.migrations.api.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * Settings under {@code migrations.*}. Defaults equal those of {@link io.migrations.MigrationsConfig}.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

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
     * Where revisions live: 'classpath:' folders (SQL files and Java revision classes) or 'filesystem:' folders.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** Revision to upgrade to: 'heads', 'head', a revision id, 'label@head' or a relative target like '+1'. */
    private String target = "heads";

    /** Schema of the version and history tables. Defaults to the connection's current schema. */
    private String schema;

    /** Name of the version table; Alembic's default keeps the database readable by Alembic. */
    private String versionTable = "alembic_version";

    /** Name of the history table that records every applied, undone or failed revision. */
    private String historyTable = "migrations_history";

    /** How long to wait for another instance's migration lock before failing. */
    private Duration lockWaitTimeout = Duration.ofSeconds(60);

    /** PostgreSQL 'lock_timeout' for revision statements. Defaults to the server's setting. */
    private Duration lockTimeout;

    /** PostgreSQL 'statement_timeout' for revision statements. Defaults to the server's setting. */
    private Duration statementTimeout;

    /** How many times to rerun a revision whose statement gave up waiting for a table lock ('lock-timeout'). */
    private int lockRetries = 0;

    /** Pause before the first lock retry; doubles with each retry up to 30 seconds. */
    private Duration lockRetryDelay = Duration.ofSeconds(1);

    /** How often to log who holds the migration lock, or who blocks a waiting revision statement. */
    private Duration waitReportInterval = Duration.ofSeconds(5);

    /**
     * What to do when an applied revision's file was edited since it ran: 'fail' stops the run (and the start),
     * 'warn' logs the revisions and goes on, 'ignore' goes on silently.
     */
    private Policy onChecksumMismatch;

    /** Whether to refuse to run when an applied revision's file was edited since it ran. */
    private Boolean validateChecksums;

    /**
     * What to do when the database is at a revision that no revision file defines, i.e. a newer build migrated it
     * (a rollback, or older replicas during a rolling deploy): 'warn' starts without migrating, 'fail' stops the
     * start, 'ignore' starts silently.
     */
    private Policy onUnknownRevision = Policy.WARN;

    /** How many times to retry the first connection, for databases that start after the application. */
    private int connectRetries = 0;

    /** Pause before the first connection retry; doubles with each retry up to 30 seconds. */
    private Duration connectRetryDelay = Duration.ofSeconds(1);

    /**
     * How long one connection attempt may take, login included, so that a server or proxy that takes the connection
     * but never answers cannot hang the start; a connect_timeout in the URL applies too.
     */
    private Duration connectTimeout = Duration.ofSeconds(30);

    /**
     * How concurrent runs are kept apart: 'session' (one lock for the whole run, on a connection of its own) or
     * 'transaction' (a lock per revision transaction, for poolers in transaction mode such as Supabase's on port 6543;
     * non-transactional revisions are refused).
     */
    private LockMode lockMode = LockMode.SESSION;

    /**
     * JDBC URL or 'postgresql://user:password@host:5432/db' URL of the database to migrate, when it differs from
     * the application's data source.
     */
    private String url;

    /** Login user to migrate with, e.g. an owner with DDL rights while the application connects with fewer rights. */
    private String user;

    /** Login password to migrate with. */
    private String password;

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

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public Duration getLockWaitTimeout() {
        return lockWaitTimeout;
    }

    public void setLockWaitTimeout(Duration lockWaitTimeout) {
        this.lockWaitTimeout = lockWaitTimeout;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    /** The checksum policy: as set, else as the deprecated {@code validate-checksums} says, else 'fail'. */
    public Policy getOnChecksumMismatch() {
        if (onChecksumMismatch != null) {
            return onChecksumMismatch;
        }
        return Boolean.FALSE.equals(validateChecksums) ? Policy.IGNORE : Policy.FAIL;
    }

    public void setOnChecksumMismatch(Policy onChecksumMismatch) {
        this.onChecksumMismatch = onChecksumMismatch;
    }

    /** @deprecated use {@link #getOnChecksumMismatch()}: {@code false} means 'ignore'. */
    @Deprecated(since = "0.1.0")
    @DeprecatedConfigurationProperty(replacement = "migrations.on-checksum-mismatch",
            reason = "A policy says more than a switch: 'fail', 'warn' or 'ignore'. false is 'ignore'.", since = "0.1.0")
    public Boolean getValidateChecksums() {
        return validateChecksums;
    }

    /** @deprecated set {@link #setOnChecksumMismatch(Policy)}: {@code false} is 'ignore'. */
    @Deprecated(since = "0.1.0")
    public void setValidateChecksums(Boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public Policy getOnUnknownRevision() {
        return onUnknownRevision;
    }

    public void setOnUnknownRevision(Policy onUnknownRevision) {
        this.onUnknownRevision = onUnknownRevision;
    }

    public int getConnectRetries() {
        return connectRetries;
    }

    public void setConnectRetries(int connectRetries) {
        this.connectRetries = connectRetries;
    }

    public int getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(int lockRetries) {
        this.lockRetries = lockRetries;
    }

    public Duration getLockRetryDelay() {
        return lockRetryDelay;
    }

    public void setLockRetryDelay(Duration lockRetryDelay) {
        this.lockRetryDelay = lockRetryDelay;
    }

    public Duration getWaitReportInterval() {
        return waitReportInterval;
    }

    public void setWaitReportInterval(Duration waitReportInterval) {
        this.waitReportInterval = waitReportInterval;
    }

    public Duration getConnectRetryDelay() {
        return connectRetryDelay;
    }

    public void setConnectRetryDelay(Duration connectRetryDelay) {
        this.connectRetryDelay = connectRetryDelay;
    }

    public LockMode getLockMode() {
        return lockMode;
    }

    public void setLockMode(LockMode lockMode) {
        this.lockMode = lockMode;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
