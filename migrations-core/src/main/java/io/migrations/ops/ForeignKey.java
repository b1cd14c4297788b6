package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code FOREIGN KEY (columns) REFERENCES referencedTable (referencedColumns)} with optional actions.
 * Start with {@link Dsl#foreignKey(String...)}, which only lets you continue with {@link Source#references}.
 *
 * @param name              constraint name; defaults to {@code <table>_<columns>_fkey}
 * @param columns           referencing columns
 * @param referencedTable   the table referred to
 * @param referencedColumns the referred columns, one per referencing column
 * @param onDelete          what deleting a referenced row does; empty for the database default (no action)
 * @param onUpdate          what updating a referenced key does; empty for the database default (no action)
 */
public record ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
                         List<String> referencedColumns, Optional<ReferentialAction> onDelete,
                         Optional<ReferentialAction> onUpdate) implements TableConstraint {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = Values.names(columns, "foreign key column");
        Values.name(referencedTable, "referenced table");
        referencedColumns = Values.names(referencedColumns, "referenced column");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if (columns.size() != referencedColumns.size()) {
            throw new OperationException("Foreign key " + columns + " -> " + referencedTable + referencedColumns
                    + " pairs " + columns.size() + " column(s) with " + referencedColumns.size()
                    + "; give one referenced column per referencing column");
        }
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.FOREIGN_KEY;
    }

    @Override
    public ForeignKey named(String newName) {
        return new ForeignKey(Optional.of(Values.name(newName, "constraint")), columns, referencedTable,
                referencedColumns, onDelete, onUpdate);
    }

    @Override
    public String defaultName(String table) {
        return table + "_" + String.join("_", columns) + "_fkey";
    }

    /** A copy whose {@code ON DELETE} action is {@code action}. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, Optional.of(action), onUpdate);
    }

    /** A copy whose {@code ON UPDATE} action is {@code action}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, Optional.of(action));
    }

    /**
     * The referencing side of a foreign key still missing its target.
     *
     * @param columns referencing columns
     */
    public record Source(List<String> columns) {

        public Source {
            columns = Values.names(columns, "foreign key column");
        }

        /** Completes the foreign key: these columns refer to {@code columns} of {@code table}. */
        public ForeignKey references(String table, String... columns) {
            return new ForeignKey(Optional.empty(), this.columns, table, List.of(columns), Optional.empty(),
                    Optional.empty());
        }
    }
}
