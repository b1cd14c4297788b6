package io.migrations.ops;

import io.migrations.api.OperationException;
import io.migrations.internal.sql.Placeholders;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * SQL text used as is: a server default such as {@code CURRENT_TIMESTAMP}, a condition, a value computed by the
 * database. Values go into {@code parameters} and are referenced with {@code ?}, never concatenated into the text;
 * online they are bound as JDBC parameters, offline they are rendered as literals. A {@code null} parameter is SQL
 * NULL, and a parameter may itself be an expression, which is inserted in place of its {@code ?}.
 *
 * @param sql        the SQL text
 * @param parameters values for the {@code ?} placeholders of {@code sql}, in order
 */
public record SqlExpression(String sql, List<@Nullable Object> parameters) {

    public SqlExpression {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new OperationException("The SQL text is empty; write the expression or statement to run");
        }
        parameters = Values.copy(parameters);
        if (!parameters.isEmpty()) {
            Placeholders.requireCount(sql, parameters.size());
        }
    }

    /**
     * An expression with parameters; {@code of(sql, (Object) null)} binds one NULL, and a bare {@code null} array,
     * which Java passes for {@code of(sql, null)}, is read the same way.
     */
    public static SqlExpression of(String sql, @Nullable Object @Nullable ... parameters) {
        return new SqlExpression(sql, Arrays.asList(parameters == null ? new Object[] {null} : parameters));
    }

    /** True when the text is used as is, without parameters (a {@code ?} in it is then not a placeholder). */
    public boolean isPlain() {
        return parameters.isEmpty();
    }
}
