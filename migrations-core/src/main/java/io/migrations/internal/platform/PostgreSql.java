package io.migrations.internal.platform;

import io.migrations.api.InvalidIndex;
import io.migrations.api.Timeouts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL 10 and later: every operation and option, advisory locks (for the whole run or per revision
 * transaction), revisions sent in one batch, lock and statement timeouts, invalid indexes, transactional DDL, and the
 * sessions that block a statement named from {@code pg_stat_activity}.
 */
final class PostgreSql extends Database {

    // pg_get_keywords() with catcode R (reserved) or T (reserved, may be a function or type name) in PostgreSQL 15.
    private static final Set<String> RESERVED = Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS",
            "ASC", "ASYMMETRIC", "AUTHORIZATION", "BINARY", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLLATION",
            "COLUMN", "CONCURRENTLY", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT",
            "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN",
            "FREEZE", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT",
            "INTO", "IS", "ISNULL", "JOIN", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "NATURAL", "NOT", "NOTNULL", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER",
            "OVERLAPS", "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT", "SESSION_USER",
            "SIMILAR", "SOME", "SYMMETRIC", "TABLE", "TABLESAMPLE", "THEN", "TO", "TRAILING", "TRUE", "UNION",
            "UNIQUE", "USER", "USING", "VARIADIC", "VERBOSE", "WHEN", "WHERE", "WINDOW", "WITH");

    /**
     * A relation's columns in the schema {@code n}, joined by commas; null when there is no such table. The table's oid
     * is a scalar subquery, not a join: to cost a merge join the planner reads the ends of the catalogs' indexes, which
     * took milliseconds per plan where DDL had left dead catalog rows there, and this runs for every schema target.
     */
    private static final String COLUMNS_OF = "(SELECT string_agg(a.attname, ',' ORDER BY a.attnum) "
            + "FROM pg_catalog.pg_attribute a WHERE a.attrelid = (SELECT c.oid FROM pg_catalog.pg_class c "
            + "WHERE c.relnamespace = n.oid AND c.relname = ? AND c.relkind IN ('r', 'p')) "
            + "AND a.attnum > 0 AND NOT a.attisdropped)";

    /** The least of the server's free slots, the user's connection limit and the database's, less their sessions. */
    private static final String FREE_CONNECTIONS = "SELECT least("
            + "current_setting('max_connections')::int - CASE WHEN r.rolsuper THEN 0 ELSE "
            + "current_setting('superuser_reserved_connections')::int "
            + "+ coalesce(current_setting('reserved_connections', true)::int, 0) END "
            + "- (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE backend_type = 'client backend'), "
            + "CASE WHEN r.rolconnlimit < 0 OR r.rolsuper THEN 2147483647 "
            + "ELSE r.rolconnlimit - (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE usesysid = r.oid) END, "
            + "CASE WHEN d.datconnlimit < 0 OR r.rolsuper THEN 2147483647 "
            + "ELSE d.datconnlimit - (SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE datid = d.oid) END) "
            + "FROM pg_catalog.pg_roles r, pg_catalog.pg_database d "
            + "WHERE r.rolname = current_user AND d.datname = current_database()";

    /** jdbc:postgresql://host[:port][,host2...]/ then the database name, then the parameters. */
    private static final Pattern URL_DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$",
            Pattern.CASE_INSENSITIVE);

    PostgreSql() {
        super(RESERVED);
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    boolean isCalled(String name) {
        return name.equals("postgresql") || name.equals("postgres");
    }

    @Override
    boolean isProduct(String productName) {
        return "PostgreSQL".equalsIgnoreCase(productName);
    }

    @Override
    boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length());
    }

    @Override
    public CatalogReader catalogReader() {
        return new PostgresCatalogReader();
    }

    /**
     * Needs the {@code CREATEDB} right. Nothing in the database needs to survive a crash, so its commits do not wait
     * for the write-ahead log; {@code FORCE} (13+) ends the sessions a failed replay, or the statement of a stopped
     * process, left open.
     */
    @Override
    public Optional<TemporaryDatabase> temporaryDatabase(String jdbcUrl, String name) {
        Matcher url = URL_DATABASE.matcher(jdbcUrl);
        if (!url.matches()) {
            return Optional.empty();
        }
        String quoted = quoteIdentifier(name);
        // dropdb connects to the postgres database for the same reason.
        return Optional.of(new TemporaryDatabase(url.group(1) + name + url.group(3),
                List.of("CREATE DATABASE " + quoted, "ALTER DATABASE " + quoted + " SET synchronous_commit = off"),
                "DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)", url.group(1) + "postgres" + url.group(3)));
    }

    @Override
    public boolean batchesTransactionalRevisions() {
        return true;
    }

    @Override
    public boolean hasSessionTimeouts() {
        return true;
    }

    @Override
    public boolean hasTransactionalDdl() {
        return true;
    }

    @Override
    public boolean hasInsertReturning() {
        return true;
    }

    /**
     * A string literal that means the same whatever {@code standard_conforming_strings} says: with a backslash, the
     * escape-string form {@code E'…'}, where a backslash is written twice.
     */
    @Override
    public String literal(String value) {
        String quoted = super.literal(value);
        return value == null || value.indexOf('\\') < 0 ? quoted : "E" + quoted.replace("\\", "\\\\");
    }

    @Override
    String binaryLiteral(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
    }

    @Override
    boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    boolean supportsConcurrentIndexes() {
        return true;
    }

    @Override
    boolean supportsDropPrimaryKey() {
        return false;
    }

    /**
     * One catalog query for the name exactly as written, in its schema or else the current one (where Alembic looks).
     * The schema's oid is looked up first so that the index on (relname, relnamespace) finds the one row: joined on
     * the name alone, a fleet of a thousand schemas that each hold the table would scan a thousand rows per look.
     */
    @Override
    public boolean tableExists(Connection connection, TableName table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c "
                + "WHERE c.relname = ? AND c.relnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n "
                + "WHERE n.nspname = COALESCE(?, pg_catalog.current_schema())) AND c.relkind IN ('r', 'p'))")) {
            ps.setString(1, table.name());
            ps.setString(2, table.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** One round trip: the schema, and the columns of each table in it. */
    @Override
    public Optional<Found> find(Connection connection, String schema, List<String> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT n.nspname");
        tables.forEach(table -> sql.append(", ").append(COLUMNS_OF));
        sql.append(" FROM pg_catalog.pg_namespace n WHERE n.nspname = COALESCE(?, pg_catalog.current_schema())");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < tables.size(); i++) {
                ps.setString(i + 1, tables.get(i));
            }
            ps.setString(tables.size() + 1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, List<String>> columns = new HashMap<>();
                for (int i = 0; i < tables.size(); i++) {
                    String list = rs.getString(i + 2);
                    if (list != null) {
                        columns.put(tables.get(i), List.of(list.split(",")));
                    }
                }
                return Optional.of(new Found(rs.getString(1), columns));
            }
        }
    }

    /**
     * The {@code search_path}, which pg_dump's header empties: each revision starts from the connection's, as each
     * file run by {@code psql} would. Written as the server shows it, which {@code SET} reads back as the same list.
     * Writes are checked in PL/pgSQL, which a database may have dropped or not granted. The process id is the
     * server's, not the one a pooler may have announced to the driver. Revisions travel together only where pgjdbc
     * sends a batch in the extended protocol, whose server skips all that follows a failed statement.
     */
    @Override
    public RunSession runSession(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.current_setting('search_path'), "
                + "EXISTS (SELECT 1 FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql' "
                + "AND pg_catalog.has_language_privilege(l.oid, 'USAGE')), pg_catalog.pg_backend_pid()");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            String path = rs.getString(1);
            RunSession.Commits commits = !rs.getBoolean(2) ? RunSession.Commits.AFTER_CLIENT_CHECK
                    : Pgjdbc.batchStopsAtFailure(connection) ? RunSession.Commits.WITH_CHAIN
                    : RunSession.Commits.WITH_REVISION;
            return new RunSession(List.of("SET search_path = " + (path.isBlank() ? "''" : path)), commits,
                    OptionalInt.of(rs.getInt(3)));
        }
    }

    /** An anonymous PL/pgSQL block, which PostgreSQL compiles on each run: a few hundredths of a millisecond. */
    @Override
    public Optional<String> oneRowWrite(String write, String failure) {
        int count = failure.indexOf(ROW_COUNT);
        String message = count < 0 ? literal(failure) : literal(failure.substring(0, count)) + " || n || "
                + literal(failure.substring(count + ROW_COUNT.length()));
        return Optional.of(anonymousBlock("DECLARE n bigint; BEGIN " + write + "; GET DIAGNOSTICS n = ROW_COUNT; "
                + "IF n <> 1 THEN RAISE EXCEPTION USING MESSAGE = " + message + "; END IF; END"));
    }

    /** An anonymous PL/pgSQL block: a single statement, so it commits whole or not at all. */
    @Override
    public Optional<String> atomicBlock(List<String> statements) {
        return Optional.of(anonymousBlock("\nBEGIN\n" + statements.stream().map(statement -> "  " + statement + ";\n")
                .collect(Collectors.joining()) + "END\n"));
    }

    /** {@code DO} with {@code body} between dollar quotes that the body does not contain. */
    private static String anonymousBlock(String body) {
        String quote = "$m$";
        for (int i = 0; body.contains(quote); i++) {
            quote = "$m" + i + "$";
        }
        return "DO " + quote + body + quote;
    }

    /** One round trip: reads the path and sets the new one in the same statement. */
    @Override
    public String setSearchPath(Connection connection, String path, SearchPath where) throws SQLException {
        String value = where == SearchPath.FIRST ? "? || ', ' || pg_catalog.current_setting('search_path')" : "?";
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.current_setting('search_path'), "
                + "pg_catalog.set_config('search_path', " + value + ", false)")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A plain statement, so that pgjdbc never prepares {@code DISCARD ALL}, which would deallocate itself. */
    @Override
    public void freshSession(Connection connection, String path) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DISCARD ALL; SELECT pg_catalog.set_config('search_path', " + literal(path)
                    + " || ', ' || pg_catalog.current_setting('search_path'), false)");
        }
    }

    @Override
    public List<InvalidIndex> invalidIndexes(Connection connection) throws SQLException {
        return InvalidIndexes.findAll(connection, this);
    }

    /**
     * The slots only superusers may take count as taken unless this session's user is one; a superuser is held to no
     * user or database limit, as the server holds them.
     */
    @Override
    public OptionalInt freeConnections(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(FREE_CONNECTIONS); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalInt.of(Math.max(0, rs.getInt(1))) : OptionalInt.empty();
        }
    }

    /**
     * A session-level advisory lock on an idle connection of its own: it holds no transaction that
     * {@code CREATE INDEX CONCURRENTLY} would wait for, and PostgreSQL drops it with the session.
     */
    @Override
    public Optional<MigrationLock> sessionLock(TableName versionTable, Duration reportEvery) {
        return Optional.of(new AdvisoryLock(versionTable, reportEvery));
    }

    @Override
    public Optional<TransactionLock> transactionLock(TableName versionTable, Duration reportEvery) {
        return Optional.of(new TransactionLock(versionTable, reportEvery));
    }

    @Override
    public Optional<String> transactionPooling(Connection work, Connection other) throws SQLException {
        return Poolers.transactionPooling(work, other);
    }

    @Override
    public BlockerWatch watchBlockers(RunSession work, Opener watcher, Timeouts timeouts, Duration reportEvery) {
        return work.backendPid().isPresent()
                ? BlockerWatch.start(work.backendPid().getAsInt(), watcher, timeouts, reportEvery)
                : BlockerWatch.none();
    }
}
