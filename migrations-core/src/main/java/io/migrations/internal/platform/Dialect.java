package io.migrations.internal.platform;

import io.migrations.internal.sql.Placeholders;
import io.migrations.internal.sql.Statement;
import io.migrations.ops.Operation;
import java.util.List;

/**
 * What differs between databases: identifier quoting, literals, and (for Java revisions) how operations become SQL.
 * Obtain one from {@link Dialects}.
 */
public interface Dialect {

    /** Short name, e.g. {@code postgresql} or {@code h2}. */
    String name();

    /** The one reader of this database's catalog. */
    CatalogReader catalogReader();

    /** Quotes an identifier only when it needs quoting (mixed case, reserved word, odd characters). */
    String quoteIdentifier(String identifier);

    /** Renders a string literal, escaping quotes. */
    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * Renders a value as an SQL literal: {@code null}, strings, booleans, numbers, {@link java.util.UUID},
     * {@link java.time.LocalDate}, {@link java.time.LocalTime}, {@link java.time.LocalDateTime},
     * {@link java.time.OffsetDateTime}, {@code byte[]}, and {@link io.migrations.ops.SqlExpression} (its text, with
     * its parameters rendered in turn).
     *
     * @throws io.migrations.api.OperationException for a value of another type
     */
    String literal(Object value);

    /**
     * The statements that carry out {@code operation} on this database, with values as JDBC parameters.
     *
     * @throws DialectException when this database cannot do the operation
     */
    List<Statement> render(Operation operation);

    /**
     * The statement's SQL with each parameter rendered as a literal in place of its {@code ?}, for offline SQL.
     * A statement without parameters is returned as is.
     */
    default String inline(Statement statement) {
        if (statement.parameters().isEmpty()) {
            return statement.sql();
        }
        return Placeholders.replace(statement.sql(), statement.parameters(), this::literal);
    }
}
