package io.migrations.internal.platform;

import io.migrations.ops.ColumnType;
import java.util.HexFormat;
import java.util.Set;

/**
 * H2 2.x, the embedded database for samples and tests. It takes PostgreSQL's DDL nearly as is; the differences:
 * {@code JSONB} becomes {@code JSON} (H2's only JSON type, which likewise stores a normalised document), indexes are
 * never partial (rendering one fails) nor concurrent (the keyword is left out, the index is built the plain way),
 * and a primary key is dropped with {@code DROP PRIMARY KEY}.
 */
final class H2Dialect extends SqlDialect {

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

    H2Dialect() {
        super("h2", "H2", RESERVED);
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
