package io.migrations.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code DELETE FROM table [WHERE condition AND …]}, with condition values as JDBC parameters.
 *
 * @param table      the table
 * @param conditions conditions a row must meet, combined with AND; none deletes every row
 */
public record Delete(String table, List<SqlExpression> conditions) implements Operation {

    public Delete {
        Values.name(table, "table");
        conditions = List.copyOf(conditions);
    }

    /** Only rows that also meet {@code condition}, whose {@code ?} placeholders take {@code parameters}. */
    public Delete where(String condition, Object... parameters) {
        List<SqlExpression> more = new ArrayList<>(conditions);
        more.add(SqlExpression.of(condition, parameters));
        return new Delete(table, more);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.delete(this);
    }
}
