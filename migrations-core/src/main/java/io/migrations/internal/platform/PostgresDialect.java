package io.migrations.internal.platform;

import java.util.HexFormat;
import java.util.Set;

/** PostgreSQL 10 and later: every operation and option. */
final class PostgresDialect extends SqlDialect {

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

    PostgresDialect() {
        super("postgresql", "PostgreSQL", RESERVED);
    }

    @Override
    public CatalogReader catalogReader() {
        return new PostgresCatalogReader();
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
}
