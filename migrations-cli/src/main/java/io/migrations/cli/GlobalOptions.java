package io.migrations.cli;

import io.migrations.api.LockMode;
import io.migrations.api.TransactionPer;
import io.migrations.api.Policy;
import io.migrations.MigrationsConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the command name. Each can also come from an environment
 * variable (see {@link EnvironmentDefaults}); the command line wins.
 */
public final class GlobalOptions {

    @Option(names = "--url", paramLabel = "<url>", scope = ScopeType.INHERIT, order = 1,
            description = "Database: postgresql://user:password@host:5432/db, postgres://… or a jdbc: URL. Env: DATABASE_URL")
    String url;

    @Option(names = "--user", paramLabel = "<user>", scope = ScopeType.INHERIT, order = 2,
            description = "User name; overrides the URL's. Env: MIGRATIONS_USER")
    String user;

    @Option(names = "--password", paramLabel = "<password>", scope = ScopeType.INHERIT, order = 3,
            description = "Password; overrides the URL's. Never printed. Env: MIGRATIONS_PASSWORD")
    String password;

    @Option(names = "--dir", paramLabel = "<dir>", scope = ScopeType.INHERIT, order = 4,
            description = "Folder of SQL revisions, or classpath:<folder> to read them from --classpath "
                    + "(default: db/migrations, which may be missing when --package is given). Env: MIGRATIONS_DIR")
    String dir;

    @Option(names = "--classpath", paramLabel = "<path>", split = "${sys:path.separator}", scope = ScopeType.INHERIT,
            order = 5, description = "Jars and folders with compiled Java revisions, separated by '${sys:path.separator}'. "
            + "Env: MIGRATIONS_CLASSPATH")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--package", paramLabel = "<package>", scope = ScopeType.INHERIT, order = 6,
            description = "Java package of compiled revision classes, searched in --classpath; also the package of "
                    + "'revision --format java'. Env: MIGRATIONS_PACKAGE")
    String javaPackage;

    @Option(names = "--schema", paramLabel = "<schema>", scope = ScopeType.INHERIT, order = 7,
            description = "Schema of the version and history tables (default: the connection's). Env: MIGRATIONS_SCHEMA")
    String schema;

    @Option(names = "--version-table", paramLabel = "<name>", scope = ScopeType.INHERIT, order = 8,
            description = "Version table (default: alembic_version). Env: MIGRATIONS_VERSION_TABLE")
    String versionTable = MigrationsConfig.DEFAULT_VERSION_TABLE;

    @Option(names = "--history-table", paramLabel = "<name>", scope = ScopeType.INHERIT, order = 9,
            description = "History table (default: migrations_history). Env: MIGRATIONS_HISTORY_TABLE")
    String historyTable = MigrationsConfig.DEFAULT_HISTORY_TABLE;

    @Option(names = "--lock-wait-timeout", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 10,
            description = "How long to wait for another run's migration lock (seconds, or 500ms, 2m; default: 60). "
                    + "Env: MIGRATIONS_LOCK_WAIT_TIMEOUT")
    Duration lockWaitTimeout = MigrationsConfig.DEFAULT_LOCK_WAIT_TIMEOUT;

    @Option(names = "--lock-timeout", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 11,
            description = "PostgreSQL lock_timeout for revision statements (default: the server's). "
                    + "Env: MIGRATIONS_LOCK_TIMEOUT")
    Duration lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 12,
            description = "PostgreSQL statement_timeout for revision statements (default: the server's). "
                    + "Env: MIGRATIONS_STATEMENT_TIMEOUT")
    Duration statementTimeout;

    @Option(names = "--lock-retries", paramLabel = "<n>", scope = ScopeType.INHERIT, order = 12,
            description = "How often to rerun a revision whose statement hit --lock-timeout, with backoff (default: 0). "
                    + "Env: MIGRATIONS_LOCK_RETRIES")
    int lockRetries;

    @Option(names = "--lock-retry-delay", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 12,
            description = "Pause before the first lock retry; doubles up to 30 s (default: 1). Env: MIGRATIONS_LOCK_RETRY_DELAY")
    Duration lockRetryDelay = Duration.ofSeconds(1);

    @Option(names = "--wait-report-interval", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 12,
            description = "How often to log who holds the migration lock or blocks a statement (default: 5). "
                    + "Env: MIGRATIONS_WAIT_REPORT_INTERVAL")
    Duration waitReportInterval = MigrationsConfig.DEFAULT_WAIT_REPORT_INTERVAL;

    @Option(names = "--connect-retries", paramLabel = "<n>", scope = ScopeType.INHERIT, order = 13,
            description = "Extra connection attempts while the database starts (default: 0). Env: MIGRATIONS_CONNECT_RETRIES")
    int connectRetries;

    @Option(names = "--connect-timeout", paramLabel = "<time>", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, order = 14,
            description = "How long one connection attempt may take, login included (default: 30); a connect_timeout "
                    + "in the URL applies too. Env: MIGRATIONS_CONNECT_TIMEOUT")
    Duration connectTimeout = MigrationsConfig.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--lock-mode", paramLabel = "<mode>", scope = ScopeType.INHERIT, order = 15,
            description = "session (default): one lock for the whole run, on a connection of its own; transaction: a "
                    + "lock per revision transaction, for poolers in transaction mode (Supabase port 6543, pgbouncer), "
                    + "which refuses non-transactional revisions. Env: MIGRATIONS_LOCK_MODE")
    LockMode lockMode = LockMode.SESSION;

    @Option(names = "--transaction-per", paramLabel = "<scope>", scope = ScopeType.INHERIT, order = 15,
            description = "revision (default): each transactional revision commits on its own; run: all pending "
                    + "transactional revisions in one transaction, so a failure rolls back the whole run (a "
                    + "non-transactional revision commits what came before it and runs alone). "
                    + "Env: MIGRATIONS_TRANSACTION_PER")
    TransactionPer transactionPer = TransactionPer.REVISION;

    @Option(names = "--on-checksum-mismatch", paramLabel = "<policy>", scope = ScopeType.INHERIT, order = 16,
            description = "When an applied revision's file changed since it ran: fail (default) refuses to run, warn "
                    + "logs it and goes on, ignore goes on silently. Env: MIGRATIONS_ON_CHECKSUM_MISMATCH")
    Policy onChecksumMismatch = Policy.FAIL;

    @Option(names = "--cache-dir", paramLabel = "<dir>", scope = ScopeType.INHERIT, order = 17,
            description = "Where an index of the parsed revision files of --dir is kept, so that a command with "
                    + "nothing to do need not read them all (default: $XDG_CACHE_HOME/migrations or "
                    + "~/.cache/migrations; 'none' keeps none). Env: MIGRATIONS_CACHE_DIR")
    String cacheDir;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 18,
            description = "Print stack traces with errors and debug log lines. Env: MIGRATIONS_DEBUG")
    boolean debug;
}
