package io.migrations.internal.platform;

import io.migrations.api.DialectException;
import io.migrations.api.InvalidIndex;
import io.migrations.api.OperationException;
import io.migrations.api.Timeouts;
import io.migrations.internal.sql.Placeholders;
import io.migrations.internal.sql.Statement;
import io.migrations.ops.ColumnType;
import io.migrations.ops.Operation;
import io.migrations.ops.SqlExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Everything the engine needs to know about one kind of database, in one place: how it spells names, literals and
 * operations, what it can do (advisory locks, batched revisions, session timeouts, invalid indexes, transactional
 * DDL), how it finds tables and the schema a run works in, how runs are kept apart, and its one
 * {@link CatalogReader}. Nothing outside the implementations asks which database it is; a new database is a new
 * subclass, listed in {@link Databases}.
 *
 * <p>What PostgreSQL and H2 spell alike is written here; subclasses state the differences.
 */
public abstract sealed class Database permits PostgreSql, H2 {

    /** Where a {@link #oneRowWrite} failure message says how many rows were changed. */
    public static final String ROW_COUNT = "{rows}";

    /** Where a timeout applies. */
    public enum Scope {
        /** The current transaction only ({@code SET LOCAL}). */
        TRANSACTION,
        /** The session, until reset. */
        SESSION
    }

    /**
     * The schema a run keeps its bookkeeping tables in, as the server names it, and the columns of tables there.
     *
     * @param schema  the schema, or null where the database resolves unqualified names itself
     * @param columns the column names of each asked-for table that exists, by table name
     */
    public record Found(String schema, Map<String, List<String>> columns) {

        public Found {
            columns = Map.copyOf(columns);
        }
    }

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_TZ = new DateTimeFormatterBuilder()
            .append(TIMESTAMP).appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ROOT);

    private final Set<String> reservedWords;

    Database(Set<String> reservedWords) {
        this.reservedWords = reservedWords;
    }

    /** Short name, as settings spell it, e.g. {@code postgresql} or {@code h2}. */
    public abstract String name();

    /** The database's own name, for messages. */
    public abstract String displayName();

    /** Whether a setting's {@code name} (lower case, trimmed) means this database. */
    abstract boolean isCalled(String name);

    /** Whether {@code productName}, as {@code DatabaseMetaData.getDatabaseProductName()} reports it, is this one. */
    abstract boolean isProduct(String productName);

    /** Whether {@code jdbcUrl} is one of this database's driver. */
    abstract boolean acceptsUrl(String jdbcUrl);

    /** The one reader of this database's catalog. */
    public abstract CatalogReader catalogReader();

    /**
     * A new database called {@code name} on the server that {@code jdbcUrl} points at; empty when this database
     * cannot make one that way, and the user must name an existing empty database instead.
     */
    public Optional<TemporaryDatabase> temporaryDatabase(String jdbcUrl, String name) {
        return Optional.empty();
    }

    // ---- capabilities ----

    /**
     * Whether a transactional revision's statements and bookkeeping may travel in one batch: the driver sends it in
     * one round trip and names the entry that failed.
     */
    public abstract boolean batchesTransactionalRevisions();

    /** Whether the database has the lock and statement timeouts of {@link Timeouts}, set with {@code SET}. */
    public abstract boolean hasSessionTimeouts();

    /** Whether DDL takes part in transactions, so that a failed transactional revision leaves nothing behind. */
    public abstract boolean hasTransactionalDdl();

    /** Whether {@code INSERT … RETURNING} exists. */
    public abstract boolean hasInsertReturning();

    // ---- spelling ----

    /**
     * Lower-case names that are not reserved stay bare, which both databases read as written (H2 folds them to
     * upper case, as it does for the same names in hand-written SQL); anything else is quoted and kept exact.
     */
    public String quoteIdentifier(String identifier) {
        if (PLAIN_IDENTIFIER.matcher(identifier).matches()
                && !reservedWords.contains(identifier.toUpperCase(Locale.ROOT))) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A table's name as SQL writes it, schema-qualified when it has a schema. */
    public String qualified(TableName table) {
        return table.schema() == null ? quoteIdentifier(table.name())
                : quoteIdentifier(table.schema()) + "." + quoteIdentifier(table.name());
    }

    /** Renders a string literal, escaping quotes; {@code NULL} for null. */
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * Renders a value as an SQL literal: {@code null}, strings, booleans, numbers, {@link UUID}, {@link LocalDate},
     * {@link LocalTime}, {@link LocalDateTime}, {@link OffsetDateTime}, {@code byte[]}, and {@link SqlExpression}
     * (its text, with its parameters rendered in turn).
     *
     * @throws OperationException for a value of another type
     */
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof SqlExpression expression) {
            return expression.isPlain() ? expression.sql()
                    : Placeholders.replace(expression.sql(), expression.parameters(), this::literal);
        }
        if (value instanceof String || value instanceof Character) {
            return literal(value.toString());
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof Number number) {
            return numberLiteral(number);
        }
        if (value instanceof byte[] bytes) {
            return binaryLiteral(bytes);
        }
        return temporalOrUuidLiteral(value);
    }

    /**
     * The statement's SQL with each parameter rendered as a literal in place of its {@code ?}, for offline SQL; a
     * {@code ?} in a string, quoted name or comment stays. A statement without parameters is returned as is.
     */
    public String inline(Statement statement) {
        if (statement.parameters().isEmpty()) {
            return statement.sql();
        }
        return Placeholders.replace(statement.sql(), statement.parameters(), this::literal);
    }

    /**
     * The statements that carry out {@code operation} on this database, with values as JDBC parameters.
     *
     * @throws io.migrations.api.DialectException when this database cannot do the operation
     */
    public List<Statement> render(Operation operation) {
        return operation.accept(new OperationRenderer(this));
    }

    private String numberLiteral(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new OperationException("Cannot write " + number + " as an SQL literal; use "
                        + "sql(\"'NaN'::double precision\") or a parameterised execute()");
            }
            return number.toString();
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        throw unsupportedValue(number);
    }

    private String temporalOrUuidLiteral(Object value) {
        if (value instanceof UUID) {
            return "CAST(" + literal(value.toString()) + " AS UUID)";
        }
        if (value instanceof LocalDate date) {
            return "DATE " + literal(date.toString());
        }
        if (value instanceof LocalTime time) {
            return "TIME " + literal(DateTimeFormatter.ISO_LOCAL_TIME.format(time));
        }
        if (value instanceof LocalDateTime dateTime) {
            return "TIMESTAMP " + literal(TIMESTAMP.format(dateTime));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return "TIMESTAMP WITH TIME ZONE " + literal(TIMESTAMP_TZ.format(dateTime));
        }
        throw unsupportedValue(value);
    }

    private static OperationException unsupportedValue(Object value) {
        return new OperationException("Cannot write a " + value.getClass().getName() + " as an SQL literal; use a "
                + "String, number, Boolean, UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, byte[] "
                + "or sql(…)");
    }

    /** The SQL spelling of {@code type}. */
    String typeName(ColumnType type) {
        if (type instanceof ColumnType.Basic basic) {
            return basicTypeName(basic);
        }
        if (type instanceof ColumnType.Varchar varchar) {
            return "VARCHAR(" + varchar.length() + ")";
        }
        if (type instanceof ColumnType.Numeric numeric) {
            return "NUMERIC(" + numeric.precision() + ", " + numeric.scale() + ")";
        }
        return ((ColumnType.Raw) type).sql();
    }

    /** The SQL spelling of a type without parameters. */
    String basicTypeName(ColumnType.Basic type) {
        return switch (type) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            case DATETIME_TZ -> "TIMESTAMP WITH TIME ZONE";
            case TIME -> "TIME";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case JSONB -> "JSONB";
            case BINARY -> "BYTEA";
        };
    }

    /** A {@code byte[]} as a literal of the binary type. */
    abstract String binaryLiteral(byte[] bytes);

    /** Whether {@code CREATE INDEX … WHERE} exists. */
    abstract boolean supportsPartialIndexes();

    /** Whether indexes can be built and dropped {@code CONCURRENTLY}; where not, they are built the plain way. */
    abstract boolean supportsConcurrentIndexes();

    /** Whether {@code ALTER TABLE t DROP PRIMARY KEY} exists, which does not depend on the key's name. */
    abstract boolean supportsDropPrimaryKey();

    // ---- tables and schemas ----

    /** Whether {@code table} exists; a table without schema is looked for where the database resolves the name. */
    public abstract boolean tableExists(Connection connection, TableName table) throws SQLException;

    /**
     * The schema the bookkeeping tables live in (the given one, or else the one the database puts new tables in), as
     * the server names it, and the columns of those of {@code tables} that exist there.
     *
     * @param schema the configured schema, or null
     * @return empty when the schema does not exist (or, without one, no schema is current)
     */
    public abstract Optional<Found> find(Connection connection, String schema, List<String> tables)
            throws SQLException;

    // ---- running ----

    /**
     * The statements that set {@code timeouts} for {@code scope}; empty for a database without session timeouts or
     * when none is set.
     */
    public List<String> timeoutStatements(Timeouts timeouts, Scope scope) {
        if (!hasSessionTimeouts()) {
            return List.of();
        }
        String set = scope == Scope.TRANSACTION ? "SET LOCAL " : "SET ";
        List<String> statements = new ArrayList<>(2);
        if (timeouts.lockTimeout() != null) {
            statements.add(set + "lock_timeout = " + timeouts.lockTimeout().toMillis());
        }
        if (timeouts.statementTimeout() != null) {
            statements.add(set + "statement_timeout = " + timeouts.statementTimeout().toMillis());
        }
        return statements;
    }

    /** The statements that put session-level timeouts back to the server's settings; empty where there are none. */
    public List<String> resetTimeoutStatements(Timeouts timeouts) {
        return !hasSessionTimeouts() || timeouts.isEmpty() ? List.of()
                : List.of("RESET lock_timeout", "RESET statement_timeout");
    }

    /** What a run needs to know of the session on {@code connection} before its first revision. */
    public RunSession runSession(Connection connection) throws SQLException {
        return RunSession.NONE;
    }

    /**
     * {@code write} as one statement that fails in the database unless it changes exactly one row: checked there, it
     * needs no answer before its transaction's commit, which can then travel in the same round trip. Empty where the
     * database cannot check it; run only in a session whose {@link RunSession#checksWrites()} says it can.
     *
     * @param failure the error's message, with {@link #ROW_COUNT} where the number of rows changed goes
     */
    public Optional<String> oneRowWrite(String write, String failure) {
        return Optional.empty();
    }

    /**
     * {@code statements} as one statement that runs them all or none, even outside a transaction; empty where the
     * database has no such block.
     */
    public Optional<String> atomicBlock(List<String> statements) {
        return Optional.empty();
    }

    /** Where {@link #setSearchPath} puts the schemas it is given. */
    public enum SearchPath {
        /** The schemas become the whole path. */
        REPLACE,
        /** The schemas go in front of the path the session has. */
        FIRST
    }

    /**
     * Sets the session's schema search path and returns the one it had, as the server shows it: given back with
     * {@link SearchPath#REPLACE}, it restores the session's own.
     *
     * @param path the schemas, comma-separated, each quoted where it needs to be as this database quotes identifiers
     * @throws DialectException where the database has no search path to set
     */
    public String setSearchPath(Connection connection, String path, SearchPath where) throws SQLException {
        throw noSearchPath();
    }

    /**
     * Gives a pooled connection to its next user: clears what the last one left in the session (settings, the
     * search_path, advisory locks, prepared statements, temporary tables) and puts {@code path} in front of the
     * search_path the server gives a new session, in one round trip.
     *
     * @param path the schemas, comma-separated, each quoted where it needs to be as this database quotes identifiers
     * @throws DialectException where the database has no search path to set
     */
    public void freshSession(Connection connection, String path) throws SQLException {
        throw noSearchPath();
    }

    private DialectException noSearchPath() {
        return DialectException.unsupported(displayName(), "a schema search path",
                "name each object's schema in the revisions instead");
    }

    /**
     * How many more connections the server would accept now from this session's user to its database, within the
     * server's, the user's and the database's limits; empty where the database has no such limit.
     */
    public OptionalInt freeConnections(Connection connection) throws SQLException {
        return OptionalInt.empty();
    }

    /**
     * The invalid indexes outside the system schemas, as a failed concurrent index build leaves them; empty for a
     * database without them.
     */
    public List<InvalidIndex> invalidIndexes(Connection connection) throws SQLException {
        return List.of();
    }

    /**
     * The lock that keeps runs on the version table {@code versionTable} apart for the whole run, held by a
     * connection of its own; empty where the database has no such lock.
     *
     * @param versionTable the version table as the server resolved it, which selects the lock
     * @param reportEvery  how often to log who holds the lock while waiting
     */
    public Optional<MigrationLock> sessionLock(TableName versionTable, Duration reportEvery) {
        return Optional.empty();
    }

    /**
     * The lock taken at the start of each revision's transaction in lock mode {@code transaction}; empty where the
     * database has no such lock.
     */
    public Optional<TransactionLock> transactionLock(TableName versionTable, Duration reportEvery) {
        return Optional.empty();
    }

    /**
     * Whether connections go through a pooler that hands one client's transactions to different server sessions,
     * where a session-level lock would stay behind; empty when not found or not possible for this database.
     *
     * @param work  a connection in autocommit
     * @param other a second connection to the same database, in autocommit
     * @return what was seen, for the error message
     */
    public Optional<String> transactionPooling(Connection work, Connection other) throws SQLException {
        return Optional.empty();
    }

    /**
     * Watches the statements run in the session {@code work}, from a second connection that {@code watcher} opens once
     * a statement runs long enough to be worth a look, when this database can name the sessions blocking a statement;
     * otherwise (or without a second connection) watches nothing. Call it on the thread that runs the statements.
     */
    public BlockerWatch watchBlockers(RunSession work, Opener watcher, Timeouts timeouts, Duration reportEvery) {
        return BlockerWatch.none();
    }

    /** Opens a second connection to the same database; empty when none can be had. */
    @FunctionalInterface
    public interface Opener {
        Optional<Connection> open();
    }

    @Override
    public String toString() {
        return name();
    }
}
