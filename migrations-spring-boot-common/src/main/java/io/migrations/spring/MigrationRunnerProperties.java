package io.migrations.spring;

import io.migrations.api.LockMode;
import io.migrations.api.Policy;
import io.migrations.api.TransactionPer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * The settings of one {@link MigrationRunner}: which database, which revisions, and how they run. The top-level
 * {@code migrations.*} settings ({@link MigrationsProperties}) are those of the default runner, and every runner
 * under {@code migrations.datasources.<name>.*} starts from them. Defaults equal those of
 * {@link io.migrations.MigrationsConfig}.
 */
public class MigrationRunnerProperties {

    /**
     * Where revisions live: 'classpath:' folders (SQL files and Java revision classes) or 'filesystem:' folders.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** Revision to upgrade to: 'heads', 'head', a revision id, 'label@head' or a relative target like '+1'. */
    private String target = "heads";

    /** Schema of the version and history tables. Defaults to the connection's current schema. */
    private @Nullable String schema;

    /** Name of the version table; Alembic's default keeps the database readable by Alembic. */
    private String versionTable = "alembic_version";

    /** Name of the history table that records every applied, undone or failed revision. */
    private String historyTable = "migrations_history";

    /** How long to wait for another instance's migration lock before failing. */
    private Duration lockWaitTimeout = Duration.ofSeconds(60);

    /** PostgreSQL 'lock_timeout' for revision statements. Defaults to the server's setting. */
    private @Nullable Duration lockTimeout;

    /** PostgreSQL 'statement_timeout' for revision statements. Defaults to the server's setting. */
    private @Nullable Duration statementTimeout;

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
    private @Nullable Policy onChecksumMismatch;

    /** Whether to refuse to run when an applied revision's file was edited since it ran. */
    private @Nullable Boolean validateChecksums;

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
     * Where transactions begin and end: 'revision' (each transactional revision commits on its own) or 'run' (all
     * pending transactional revisions in one transaction, so a failure rolls back the whole run and the database stays
     * where it was; a non-transactional revision commits what came before it and runs alone).
     */
    private TransactionPer transactionPer = TransactionPer.REVISION;

    /**
     * JDBC URL or 'postgresql://user:password@host:5432/db' URL of the database to migrate, when it differs from
     * the application's data source.
     */
    private @Nullable String url;

    /** Login user to migrate with, e.g. an owner with DDL rights while the application connects with fewer rights. */
    private @Nullable String user;

    /** Login password to migrate with. */
    private @Nullable String password;

    /**
     * Name of the DataSource bean to migrate, when the application has several. Wins over 'url' and over a data
     * source marked @MigrationsDataSource.
     */
    private @Nullable String dataSource;

    /**
     * Create the 'schema' and the schemas of 'search-path' when they do not exist, before the version table is
     * created (schemas named '$user' and the like are left alone).
     */
    private boolean createSchemas = false;

    /**
     * PostgreSQL search_path the revisions run with, e.g. 'tenant_a, public': unqualified names in revisions resolve
     * and are created there, and the version table goes to its first schema unless 'schema' is set. Each name is
     * taken as written (quoted); the application's own connections keep theirs. Empty: the connection's own.
     */
    private List<String> searchPath = new ArrayList<>();

    /**
     * Revision to stamp a database with on its first run, to adopt a database that predates migrations: when it has
     * neither version rows nor history and its schema already holds tables, the version table is set to this revision
     * (without running it, as Alembic's 'stamp' does) and the revisions after it are applied.
     */
    private @Nullable String stampOnFirstRun;

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

    public @Nullable String getSchema() {
        return schema;
    }

    public void setSchema(@Nullable String schema) {
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

    public @Nullable Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(@Nullable Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public @Nullable Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(@Nullable Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    /** The checksum policy: as set, else as the deprecated {@code validate-checksums} says, else 'fail'. */
    public Policy getOnChecksumMismatch() {
        if (onChecksumMismatch != null) {
            return onChecksumMismatch;
        }
        return Boolean.FALSE.equals(validateChecksums) ? Policy.IGNORE : Policy.FAIL;
    }

    public void setOnChecksumMismatch(@Nullable Policy onChecksumMismatch) {
        this.onChecksumMismatch = onChecksumMismatch;
    }

    /** @deprecated use {@link #getOnChecksumMismatch()}: {@code false} means 'ignore'. */
    @Deprecated(since = "0.1.0")
    @DeprecatedConfigurationProperty(replacement = "migrations.on-checksum-mismatch",
            reason = "A policy says more than a switch: 'fail', 'warn' or 'ignore'. false is 'ignore'.", since = "0.1.0")
    public @Nullable Boolean getValidateChecksums() {
        return validateChecksums;
    }

    /** @deprecated set {@link #setOnChecksumMismatch(Policy)}: {@code false} is 'ignore'. */
    @Deprecated(since = "0.1.0")
    public void setValidateChecksums(@Nullable Boolean validateChecksums) {
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

    public TransactionPer getTransactionPer() {
        return transactionPer;
    }

    public void setTransactionPer(TransactionPer transactionPer) {
        this.transactionPer = transactionPer;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUser() {
        return user;
    }

    public void setUser(@Nullable String user) {
        this.user = user;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getDataSource() {
        return dataSource;
    }

    public void setDataSource(@Nullable String dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isCreateSchemas() {
        return createSchemas;
    }

    public void setCreateSchemas(boolean createSchemas) {
        this.createSchemas = createSchemas;
    }

    public List<String> getSearchPath() {
        return searchPath;
    }

    public void setSearchPath(List<String> searchPath) {
        this.searchPath = searchPath;
    }

    public @Nullable String getStampOnFirstRun() {
        return stampOnFirstRun;
    }

    public void setStampOnFirstRun(@Nullable String stampOnFirstRun) {
        this.stampOnFirstRun = stampOnFirstRun;
    }
}
