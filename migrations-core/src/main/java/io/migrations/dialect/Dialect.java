package io.migrations.dialect;

/**
 * What differs between databases: identifier quoting, and (for Java revisions) how operations become SQL.
 */
public interface Dialect {

    /** Short name, e.g. {@code postgresql} or {@code h2}. */
    String name();

    /** Quotes an identifier only when it needs quoting (mixed case, reserved word, odd characters). */
    String quoteIdentifier(String identifier);

    /** Renders a string literal, escaping quotes. */
    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
