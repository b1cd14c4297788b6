package io.migrations.internal.autogen;

import io.migrations.catalog.QualifiedName;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import java.util.List;

/** Names and literals in generated PostgreSQL, quoted only where SQL needs it. */
final class Sql {

    private static final Database POSTGRESQL = Databases.POSTGRESQL;

    private Sql() {
    }

    static String name(String identifier) {
        return POSTGRESQL.quoteIdentifier(identifier);
    }

    static String name(QualifiedName name) {
        return name(name.schema()) + "." + name(name.name());
    }

    static String literal(String text) {
        return POSTGRESQL.literal(text);
    }

    /** The statements as one, which PostgreSQL runs whole or not at all even outside a transaction. */
    static String atomic(List<String> statements) {
        return POSTGRESQL.atomicBlock(statements).orElseThrow();
    }

    /** {@code COMMENT ON <target> IS '...'}, or {@code IS NULL} to remove it. */
    static String comment(String target, String comment) {
        return "COMMENT ON " + target + " IS " + (comment.isEmpty() ? "NULL" : literal(comment));
    }
}
