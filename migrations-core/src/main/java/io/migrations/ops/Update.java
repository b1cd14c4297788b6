package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code UPDATE table SET column = value, … [WHERE condition AND …]} for data migrations. Values and condition
 * parameters are JDBC parameters, never text: {@code update("logs").set("status", "error").where("error IS NOT NULL")}.
 *
 * @param table       the table
 * @param assignments the columns to set, at least one
 * @param conditions  conditions a row must meet, combined with AND; none updates every row
 */
public record Update(String table, List<Assignment> assignments, List<SqlExpression> conditions)
        implements Operation {

    public Update {
        Values.name(table, "table");
        if (assignments.isEmpty()) {
            throw new OperationException("update(" + table + ") sets nothing; call set(column, value)");
        }
        assignments = List.copyOf(assignments);
        conditions = List.copyOf(conditions);
    }

    /** Also sets {@code column} to {@code value}: a literal value, {@code null}, or an {@link SqlExpression}. */
    public Update set(String column, @Nullable Object value) {
        List<Assignment> more = new ArrayList<>(assignments);
        more.add(new Assignment(column, value));
        return new Update(table, more, conditions);
    }

    /** Only rows that also meet {@code condition}, whose {@code ?} placeholders take {@code parameters}. */
    public Update where(String condition, @Nullable Object... parameters) {
        List<SqlExpression> more = new ArrayList<>(conditions);
        more.add(SqlExpression.of(condition, parameters));
        return new Update(table, assignments, more);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.update(this);
    }

    /**
     * {@code column = value}.
     *
     * @param column the column to set
     * @param value  a literal value (bound as a parameter), {@code null}, or an {@link SqlExpression}
     */
    public record Assignment(String column, @Nullable Object value) {
        public Assignment {
            Values.name(column, "column");
        }
    }

    /**
     * An update that names its table but sets nothing yet; {@link #set} makes it an {@link Update}.
     *
     * @param table the table to update
     */
    public record Target(String table) {
        public Target {
            Values.name(table, "table");
        }

        /** Sets {@code column} to {@code value}: a literal value, {@code null}, or an {@link SqlExpression}. */
        public Update set(String column, @Nullable Object value) {
            return new Update(table, List.of(new Assignment(column, value)), List.of());
        }
    }
}
