package io.migrations.internal.sql;

import java.util.List;

/**
 * One SQL statement of a revision, run on its own so that an error can name it.
 *
 * @param sql        the statement text, without the terminating semicolon
 * @param line       1-based line in the revision file where the statement starts; 0 when not from a file
 * @param parameters JDBC parameters for {@code ?} placeholders; empty for plain SQL
 */
public record Statement(String sql, int line, List<Object> parameters) {

    public Statement {
        parameters = List.copyOf(parameters);
    }

    public Statement(String sql, int line) {
        this(sql, line, List.of());
    }
}
