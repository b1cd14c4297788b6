package io.migrations.internal.platform;

import io.migrations.ops.ColumnType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * H2 2.x, the embedded database for samples and tests. It takes PostgreSQL's DDL nearly as is; the differences:
 * {@code JSONB} becomes {@code JSON} (H2's only JSON type, which likewise stores a normalised document), indexes are
 * never partial (rendering one fails) nor concurrent (the keyword is left out, the index is built the plain way),
 * and a primary key is dropped with {@code DROP PRIMARY KEY}. It has no advisory locks (an embedded database has one
 * process to race with), no session timeouts and no invalid indexes, and it commits DDL at once.
 */
final class H2 extends Database {

    // org.h2.util.ParserUtil's keywords in H2 2.4.
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC",
            "AUTHORIZATION", "BETWEEN", "BOTH", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG",
            "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "DAY", "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "FULL", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER",
            "INTERSECT", "INTERVAL", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME",
            "LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER",
            "OVER", "PARTITION", "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND",
            "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TOP", "TRAILING",
            "TRUE", "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE",
            "WINDOW", "WITH", "YEAR", "_ROWID_");

    H2() {
        super(RESERVED);
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    boolean isCalled(String name) {
        return name.equals("h2");
    }

    @Override
    boolean isProduct(String productName) {
        return "H2".equalsIgnoreCase(productName);
    }

    @Override
    boolean acceptsUrl(String jdbcUrl) {
        return jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
    }

    @Override
    public boolean batchesTransactionalRevisions() {
        return false;
    }

    @Override
    public boolean hasSessionTimeouts() {
        return false;
    }

    @Override
    public boolean hasTransactionalDdl() {
        return false;
    }

    @Override
    public boolean hasInsertReturning() {
        return false;
    }

    /**
     * Through JDBC metadata, trying the name as written and in both cases, since unquoted names are folded to upper
     * case while quoted ones are kept.
     */
    @Override
    public boolean tableExists(Connection connection, TableName table) throws SQLException {
        return !columns(connection, table.schema() != null ? table.schema() : connection.getSchema(), table.name())
                .isEmpty();
    }

    /** The schema as configured (H2 resolves an unqualified name itself), and the tables' columns there. */
    @Override
    public Optional<Found> find(Connection connection, String schema, List<String> tables) throws SQLException {
        String where = schema != null ? schema : connection.getSchema();
        Map<String, List<String>> found = new HashMap<>();
        for (String table : tables) {
            List<String> columns = columns(connection, where, table);
            if (!columns.isEmpty()) {
                found.put(table, columns);
            }
        }
        return Optional.of(new Found(schema, found));
    }

    /** The lower-case column names of the table, in order; empty when there is no such table. */
    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : spellings(table)) {
            for (String s : schema == null ? Collections.<String>singleton(null) : spellings(schema)) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(null, s, name, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                if (!columns.isEmpty()) {
                    return columns;
                }
            }
        }
        return List.of();
    }

    private static Set<String> spellings(String name) {
        return new LinkedHashSet<>(List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)));
    }

    @Override
    String basicTypeName(ColumnType.Basic type) {
        return type == ColumnType.Basic.JSONB ? "JSON" : super.basicTypeName(type);
    }

    @Override
    public CatalogReader catalogReader() {
        return new H2CatalogReader();
    }

    @Override
    String binaryLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    @Override
    boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    boolean supportsConcurrentIndexes() {
        return false;
    }

    @Override
    boolean supportsDropPrimaryKey() {
        return true;
    }
}
