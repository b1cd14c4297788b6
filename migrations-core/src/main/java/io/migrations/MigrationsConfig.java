package io.migrations;

import io.migrations.api.LockMode;
import io.migrations.api.Policy;
import io.migrations.api.StepListener;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Migrations} run needs, validated as a whole and immutable once built.
 * Build one with {@link #builder()}.
 *
 * @param dataSource         where to connect; a run uses up to two connections (work, and a watchdog that names blocking sessions)
 * @param locations          where revisions live: {@code classpath:db/migrations}, {@code filesystem:/path} or a plain path
 * @param classLoader        loader for classpath locations and Java revisions
 * @param schema             schema of the version and history tables; null for the connection's current schema
 * @param versionTable       name of Alembic's version table
 * @param historyTable       name of the history table
 * @param lockWaitTimeout    how long to wait for another run's lock before failing
 * @param timeouts           PostgreSQL lock and statement timeouts for revision statements
 * @param onChecksumMismatch what to do when an applied revision's file changed since it ran
 * @param onUnknownRevision  what to do when the database is at a revision the code does not have
 * @param connectRetries     how many times to retry opening the first connection (containers that start before the database)
 * @param connectRetryDelay  pause before the first retry; doubles up to 30 s
 * @param connectTimeout     how long one connection attempt may take, login included: a server that takes the connection
 *                           but never answers cannot hang a run
 * @param lockRetries        how many times to rerun a revision whose statement gave up waiting for a table lock
 *                           ({@code lock_timeout}); only transactional revisions, or non-transactional ones before their first statement ran
 * @param lockRetryDelay     pause before the first lock retry; doubles up to 30 s
 * @param waitReportInterval how often to log who holds the migration lock, or who blocks a waiting statement
 * @param lockMode           how concurrent runs are kept apart: a session lock for the whole run (default), or a
 *                           transaction lock per revision, for poolers in transaction mode
 * @param transactionPer     a transaction per transactional revision (default), or one for all pending revisions
 * @param stepListener       told before and after each step of a run
 */
public record MigrationsConfig(DataSource dataSource, List<String> locations, ClassLoader classLoader, @Nullable String schema,
                               String versionTable, String historyTable, Duration lockWaitTimeout, Timeouts timeouts,
                               Policy onChecksumMismatch, Policy onUnknownRevision,
                               int connectRetries, Duration connectRetryDelay, Duration connectTimeout, int lockRetries,
                               Duration lockRetryDelay, Duration waitReportInterval, LockMode lockMode,
                               TransactionPer transactionPer, StepListener stepListener) {

    /** Default revision location, as in Spring Boot applications. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";
    /** Alembic's default version table name. */
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    /** Default history table name. */
    public static final String DEFAULT_HISTORY_TABLE = "migrations_history";
    /** Default time to wait for another run's lock. */
    public static final Duration DEFAULT_LOCK_WAIT_TIMEOUT = Duration.ofSeconds(60);
    /** Default bound on one connection attempt, login included. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Default interval between reports while waiting for a lock. */
    public static final Duration DEFAULT_WAIT_REPORT_INTERVAL = Duration.ofSeconds(5);

    public MigrationsConfig {
        Objects.requireNonNull(dataSource, "dataSource is required");
        locations = List.copyOf(locations);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("locations: at least one revision location is required");
        }
        classLoader = classLoader == null ? MigrationsConfig.class.getClassLoader() : classLoader;
        requireName("versionTable", versionTable);
        requireName("historyTable", historyTable);
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException("versionTable and historyTable must differ, both are '" + versionTable + "'");
        }
        requireNonNegative("lockWaitTimeout", lockWaitTimeout);
        timeouts = timeouts == null ? Timeouts.NONE : timeouts;
        if (timeouts.lockTimeout() != null) {
            requireNonNegative("lockTimeout", timeouts.lockTimeout());
        }
        if (timeouts.statementTimeout() != null) {
            requireNonNegative("statementTimeout", timeouts.statementTimeout());
        }
        Objects.requireNonNull(onChecksumMismatch, "onChecksumMismatch");
        Objects.requireNonNull(onUnknownRevision, "onUnknownRevision");
        requireCount("connectRetries", connectRetries);
        requireNonNegative("connectRetryDelay", connectRetryDelay);
        requirePositive("connectTimeout", connectTimeout);
        requireCount("lockRetries", lockRetries);
        requireNonNegative("lockRetryDelay", lockRetryDelay);
        requirePositive("waitReportInterval", waitReportInterval);
        Objects.requireNonNull(lockMode, "lockMode");
        Objects.requireNonNull(transactionPer, "transactionPer");
        stepListener = stepListener == null ? StepListener.NONE : stepListener;
    }

    private static void requireName(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " must not be empty");
        }
        int dot = value.indexOf('.');
        if (dot >= 0) {
            throw new IllegalArgumentException(setting + " '" + value + "' holds a '.': give the table name alone and "
                    + "its schema in the schema setting (schema '" + value.substring(0, dot) + "', " + setting + " '"
                    + value.substring(dot + 1) + "')");
        }
    }

    private static void requireCount(String setting, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(setting + " must be 0 or more, got " + value);
        }
    }

    private static void requirePositive(String setting, Duration value) {
        requireNonNegative(setting, value);
        if (value.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive, got " + value);
        }
    }

    private static void requireNonNegative(String setting, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(setting + " must be zero or positive, got " + value);
        }
    }

    /** A builder with every default set; only the data source is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dataSource = dataSource;
        b.locations = locations;
        b.classLoader = classLoader;
        b.schema = schema;
        b.versionTable = versionTable;
        b.historyTable = historyTable;
        b.lockWaitTimeout = lockWaitTimeout;
        b.timeouts = timeouts;
        b.onChecksumMismatch = onChecksumMismatch;
        b.onUnknownRevision = onUnknownRevision;
        b.connectRetries = connectRetries;
        b.connectRetryDelay = connectRetryDelay;
        b.connectTimeout = connectTimeout;
        b.lockRetries = lockRetries;
        b.lockRetryDelay = lockRetryDelay;
        b.waitReportInterval = waitReportInterval;
        b.lockMode = lockMode;
        b.transactionPer = transactionPer;
        b.stepListener = stepListener;
        return b;
    }

    /** Collects settings; {@link #build()} validates them together. */
    public static final class Builder {
        private DataSource dataSource;
        private DatabaseUrl url;
        private List<String> locations = List.of(DEFAULT_LOCATION);
        private ClassLoader classLoader;
        private @Nullable String schema;
        private String versionTable = DEFAULT_VERSION_TABLE;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private Duration lockWaitTimeout = DEFAULT_LOCK_WAIT_TIMEOUT;
        private Timeouts timeouts = Timeouts.NONE;
        private Policy onChecksumMismatch = Policy.FAIL;
        private Policy onUnknownRevision = Policy.FAIL;
        private int connectRetries;
        private Duration connectRetryDelay = Duration.ofSeconds(1);
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private int lockRetries;
        private Duration lockRetryDelay = Duration.ofSeconds(1);
        private Duration waitReportInterval = DEFAULT_WAIT_REPORT_INTERVAL;
        private LockMode lockMode = LockMode.SESSION;
        private TransactionPer transactionPer = TransactionPer.REVISION;
        private StepListener stepListener = StepListener.NONE;

        private Builder() {
        }

        /** Where to connect; replaces a {@link #url} set before. */
        public Builder dataSource(DataSource value) {
            this.dataSource = value;
            this.url = null;
            return this;
        }

        /**
         * Connects through the driver to {@code value}, read as the command line tool reads it:
         * {@code postgresql://user:password@host:5432/db}, {@code postgres://…} or a {@code jdbc:} URL. A new connection
         * per request, each attempt bounded by {@link #connectTimeout}. Replaces a {@link #dataSource} set before.
         *
         * @param user     overrides the URL's user; null to keep it
         * @param password overrides the URL's password; null to keep it
         * @throws io.migrations.api.InvalidUrlException when the URL cannot be read (the message masks its password)
         */
        public Builder url(String value, String user, String password) {
            this.url = DatabaseUrl.parse(value, user, password);
            this.dataSource = null;
            return this;
        }

        public Builder locations(String... values) {
            return locations(List.of(values));
        }

        public Builder locations(List<String> values) {
            this.locations = values;
            return this;
        }

        public Builder classLoader(ClassLoader value) {
            this.classLoader = value;
            return this;
        }

        public Builder schema(@Nullable String value) {
            this.schema = value;
            return this;
        }

        public Builder versionTable(String value) {
            this.versionTable = value;
            return this;
        }

        public Builder historyTable(String value) {
            this.historyTable = value;
            return this;
        }

        public Builder lockWaitTimeout(Duration value) {
            this.lockWaitTimeout = value;
            return this;
        }

        public Builder timeouts(Timeouts value) {
            this.timeouts = value;
            return this;
        }

        public Builder onChecksumMismatch(Policy value) {
            this.onChecksumMismatch = value;
            return this;
        }

        public Builder onUnknownRevision(Policy value) {
            this.onUnknownRevision = value;
            return this;
        }

        public Builder connectRetries(int value) {
            this.connectRetries = value;
            return this;
        }

        public Builder connectRetryDelay(Duration value) {
            this.connectRetryDelay = value;
            return this;
        }

        /** How long one connection attempt may take, login included (default 30 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder lockRetries(int value) {
            this.lockRetries = value;
            return this;
        }

        public Builder lockRetryDelay(Duration value) {
            this.lockRetryDelay = value;
            return this;
        }

        public Builder waitReportInterval(Duration value) {
            this.waitReportInterval = value;
            return this;
        }

        /** How concurrent runs are kept apart (default {@link LockMode#SESSION}). */
        public Builder lockMode(LockMode value) {
            this.lockMode = value;
            return this;
        }

        /**
         * Where transactions begin and end (default {@link TransactionPer#REVISION}); {@link TransactionPer#RUN} applies
         * all pending transactional revisions in one transaction, so that a failure leaves the database at the start.
         */
        public Builder transactionPer(TransactionPer value) {
            this.transactionPer = value;
            return this;
        }

        /** Told before and after each step of a run (default: nobody). */
        public Builder stepListener(StepListener value) {
            this.stepListener = value;
            return this;
        }

        /** Validates the settings together and returns the configuration. */
        public MigrationsConfig build() {
            DataSource connections = dataSource;
            if (url != null) {
                UrlDataSource urlDataSource = new UrlDataSource(url);
                urlDataSource.setLoginTimeout(UrlDataSource.wholeSeconds(connectTimeout));
                connections = urlDataSource;
            }
            return new MigrationsConfig(connections, locations, classLoader, schema, versionTable, historyTable,
                    lockWaitTimeout, timeouts, onChecksumMismatch, onUnknownRevision, connectRetries,
                    connectRetryDelay, connectTimeout, lockRetries, lockRetryDelay, waitReportInterval, lockMode,
                    transactionPer, stepListener);
        }
    }
}
