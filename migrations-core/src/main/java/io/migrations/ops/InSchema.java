package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Objects;

/**
 * An operation whose tables (and the index, constraint and referenced table names that come with them) are in
 * {@code schema} rather than found through the search path: what Alembic's {@code schema=} argument does. Made by
 * {@link Operations#inSchema(String)}.
 *
 * @param schema    the schema, e.g. {@code audit}
 * @param operation the operation to carry out in it; not {@link Execute}, whose SQL is sent as written
 */
public record InSchema(String schema, Operation operation) implements Operation {

    public InSchema {
        Values.name(schema, "schema");
        Objects.requireNonNull(operation, "operation");
        if (operation instanceof InSchema inner) {
            throw new OperationException("An operation in schema " + inner.schema() + " cannot also be in schema "
                    + schema + "; give each operation one schema");
        }
        if (operation instanceof Execute) {
            throw new OperationException("inSchema(" + schema + ").execute(...) cannot place hand-written SQL in a "
                    + "schema; qualify the names in the SQL itself, or call execute outside inSchema");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.inSchema(this);
    }
}
