package io.migrations.ops;

import java.util.Objects;

/**
 * Runs SQL written by hand. Without parameters the text is sent and printed as is; with parameters its {@code ?}
 * placeholders are bound (online) or replaced by literals (offline).
 *
 * @param statement the SQL and its parameters; a trailing semicolon is dropped
 */
public record Execute(SqlExpression statement) implements Operation {

    public Execute {
        Objects.requireNonNull(statement, "statement");
        String sql = statement.sql().strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).stripTrailing();
        }
        if (!sql.equals(statement.sql())) {
            statement = new SqlExpression(sql, statement.parameters());
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.execute(this);
    }
}
