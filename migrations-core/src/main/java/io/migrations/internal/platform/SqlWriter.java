package io.migrations.internal.platform;

import io.migrations.internal.sql.Placeholders;
import io.migrations.internal.sql.Statement;
import io.migrations.ops.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds one statement: SQL text with quoted names, and the JDBC parameters its values became. */
final class SqlWriter {

    private final Database dialect;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlWriter(Database dialect) {
        this.dialect = dialect;
    }

    /** Appends SQL text as is. */
    SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends an identifier, quoted where needed. */
    SqlWriter name(String identifier) {
        sql.append(dialect.quoteIdentifier(identifier));
        return this;
    }

    /** Appends a name, after {@code schema} and a dot when there is one, each quoted where needed. */
    SqlWriter qualified(Optional<String> schema, String identifier) {
        schema.ifPresent(name -> name(name).append("."));
        return name(identifier);
    }

    /** Appends {@code (a, b, …)} with each identifier quoted where needed. */
    SqlWriter names(List<String> identifiers) {
        sql.append('(');
        for (int i = 0; i < identifiers.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            name(identifiers.get(i));
        }
        sql.append(')');
        return this;
    }

    /** Appends a literal, for DDL, where parameters cannot be used. */
    SqlWriter literal(Object value) {
        sql.append(dialect.literal(value));
        return this;
    }

    /**
     * Appends a value of a data statement: a {@code ?} bound to it, except {@code null}, written {@code NULL} because
     * statement parameters are never null, and an expression, whose text goes in with its own values bound.
     */
    SqlWriter value(Object value) {
        sql.append(valueText(value));
        return this;
    }

    /** Appends an expression's text with its values bound as {@link #value} binds them. */
    SqlWriter expression(SqlExpression expression) {
        sql.append(expressionText(expression));
        return this;
    }

    private String valueText(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof SqlExpression expression) {
            return expressionText(expression);
        }
        parameters.add(value);
        return "?";
    }

    private String expressionText(SqlExpression expression) {
        return expression.isPlain() ? expression.sql()
                : Placeholders.replace(expression.sql(), expression.parameters(), this::valueText);
    }

    /** The statement written so far. */
    Statement toStatement() {
        return new Statement(sql.toString(), 0, parameters);
    }
}
