package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Column;
import io.migrations.catalog.Constraint;
import io.migrations.catalog.Index;
import io.migrations.catalog.Policy;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Sequence;
import io.migrations.catalog.Table;
import io.migrations.catalog.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the user states with {@code --rename}: a rename cannot be told from a drop and an add, and only a rename
 * keeps the data. Tables are {@code [schema.]old:new}, columns {@code [schema.]table.old:new}. The current catalog is
 * renamed before it is compared, so the rest of the change is planned as if the names had always been the new ones.
 */
public final class Renames {

    private static final Pattern SPEC = Pattern.compile("([^:]+):([^:.]+)");

    private record Rename(QualifiedName table, String column, String newName) {

        boolean isTable() {
            return column == null;
        }
    }

    private final List<Rename> renames;

    private Renames(List<Rename> renames) {
        this.renames = List.copyOf(renames);
    }

    /** No renames. */
    public static Renames none() {
        return new Renames(List.of());
    }

    /**
     * Parses {@code --rename} values against the current catalog.
     *
     * @throws AutogenerateException when a value is malformed or names no table or column
     */
    public static Renames parse(List<String> specs, Catalog current) {
        List<Rename> renames = new ArrayList<>();
        for (String spec : specs) {
            Matcher matcher = SPEC.matcher(spec.strip());
            if (!matcher.matches()) {
                throw new AutogenerateException("--rename " + spec + ": write [schema.]table:new_table or "
                        + "[schema.]table.column:new_column");
            }
            renames.add(resolve(spec, matcher.group(1).split("\\."), matcher.group(2), current));
        }
        return new Renames(renames);
    }

    private static Rename resolve(String spec, String[] parts, String newName, Catalog current) {
        List<Rename> candidates = new ArrayList<>();
        if (parts.length <= 2) {
            String schema = parts.length == 2 ? parts[0] : null;
            String table = parts[parts.length - 1];
            current.tables().stream().filter(t -> t.name().name().equals(table)
                    && (schema == null || t.name().schema().equals(schema)))
                    .forEach(t -> candidates.add(new Rename(t.name(), null, newName)));
        }
        if (parts.length >= 2 && parts.length <= 3) {
            String schema = parts.length == 3 ? parts[0] : null;
            String table = parts[parts.length - 2];
            String column = parts[parts.length - 1];
            current.tables().stream().filter(t -> t.name().name().equals(table)
                    && (schema == null || t.name().schema().equals(schema)) && t.column(column).isPresent())
                    .forEach(t -> candidates.add(new Rename(t.name(), column, newName)));
        }
        if (candidates.size() != 1) {
            throw new AutogenerateException("--rename " + spec + ": " + (candidates.isEmpty()
                    ? "the schema the revisions build has no such table or column"
                    : "it names more than one table or column; qualify it with its schema"));
        }
        return candidates.get(0);
    }

    /** {@code current} with the new names. */
    Catalog apply(Catalog current) {
        Catalog catalog = current;
        for (Rename rename : renames) {
            catalog = rename.isTable() ? renameTable(catalog, rename.table(), rename.newName())
                    : renameColumn(catalog, rename.table(), rename.column(), rename.newName());
        }
        return catalog;
    }

    /** The {@code RENAME} statements, first in the upgrade. */
    List<Step> statements() {
        List<Step> steps = new ArrayList<>();
        QualifiedName[] names = renames.stream().map(Rename::table).toArray(QualifiedName[]::new);
        for (int i = 0; i < renames.size(); i++) {
            Rename rename = renames.get(i);
            steps.add(statement(names[i], rename.column(), rename.newName()));
            if (rename.isTable()) {
                QualifiedName renamed = names[i].sibling(rename.newName());
                for (int j = i + 1; j < names.length; j++) {
                    names[j] = names[j].equals(names[i]) ? renamed : names[j];
                }
            }
        }
        return steps;
    }

    /** The renames back, last in the downgrade. */
    List<Step> reversed() {
        List<Step> steps = new ArrayList<>();
        for (int i = renames.size() - 1; i >= 0; i--) {
            Rename rename = renames.get(i);
            QualifiedName now = rename.isTable() ? rename.table().sibling(rename.newName()) : rename.table();
            steps.add(statement(now, rename.column() == null ? null : rename.newName(),
                    rename.isTable() ? rename.table().name() : rename.column()));
        }
        return steps;
    }

    private static Step statement(QualifiedName table, String column, String newName) {
        return new Step(Slot.RENAMES, "ALTER TABLE " + Sql.name(table) + (column == null ? " RENAME TO "
                : " RENAME COLUMN " + Sql.name(column) + " TO ") + Sql.name(newName), List.of());
    }

    private static Catalog renameTable(Catalog catalog, QualifiedName old, String newName) {
        QualifiedName renamed = old.sibling(newName);
        UnaryOperator<String> text = definition -> replace(definition, Sql.name(old), Sql.name(renamed));
        List<Table> tables = catalog.tables().stream().map(table -> {
            QualifiedName name = table.name().equals(old) ? renamed : table.name();
            Table.PartitionOf partitionOf = table.partitionOf() == null ? null
                    : new Table.PartitionOf(table.partitionOf().parent().equals(old) ? renamed
                    : table.partitionOf().parent(), table.partitionOf().bound());
            return rebuild(table, name, partitionOf, table.columns(), text, old, renamed);
        }).toList();
        List<Sequence> sequences = catalog.sequences().stream().map(sequence -> sequence.ownedBy() == null
                || !sequence.ownedBy().table().equals(old) ? sequence : new Sequence(sequence.name(), sequence.options(),
                new Sequence.ColumnRef(renamed, sequence.ownedBy().column()), sequence.comment())).toList();
        return new Catalog(catalog.schemas(), catalog.extensions(), tables, catalog.views(), sequences, catalog.enums(),
                catalog.domains(), catalog.compositeTypes(), catalog.routines());
    }

    private static Catalog renameColumn(Catalog catalog, QualifiedName table, String old, String newName) {
        UnaryOperator<String> text = definition -> replace(definition, Sql.name(old), Sql.name(newName));
        List<Table> tables = catalog.tables().stream().map(candidate -> {
            if (!candidate.name().equals(table)) {
                return candidate;
            }
            List<Column> columns = candidate.columns().stream().map(column -> !column.name().equals(old) ? column
                    : new Column(newName, column.type(), column.nullability(), column.defaultExpression(),
                    column.identity(), column.generatedExpression(), column.collation(), column.comment())).toList();
            return rebuild(candidate, candidate.name(), candidate.partitionOf(), columns, text, null, null);
        }).toList();
        List<Sequence> sequences = catalog.sequences().stream().map(sequence -> sequence.ownedBy() == null
                || !sequence.ownedBy().equals(new Sequence.ColumnRef(table, old)) ? sequence
                : new Sequence(sequence.name(), sequence.options(), new Sequence.ColumnRef(table, newName),
                sequence.comment())).toList();
        return new Catalog(catalog.schemas(), catalog.extensions(), tables, catalog.views(), sequences, catalog.enums(),
                catalog.domains(), catalog.compositeTypes(), catalog.routines());
    }

    /** The table with its definitions rewritten for the new name, as PostgreSQL prints them after the rename. */
    private static Table rebuild(Table table, QualifiedName name, Table.PartitionOf partitionOf, List<Column> columns,
                                 UnaryOperator<String> text, QualifiedName oldTable, QualifiedName newTable) {
        boolean own = !table.name().equals(name) || !table.columns().equals(columns);
        UnaryOperator<String> local = own ? text : UnaryOperator.identity();
        List<Constraint> constraints = table.constraints().stream().map(c -> new Constraint(c.name(), c.type(),
                own || oldTable != null && oldTable.equals(c.references()) ? text.apply(c.definition()) : c.definition(),
                oldTable != null && oldTable.equals(c.references()) ? newTable : c.references(), c.origin(),
                c.comment())).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(i.name(), local.apply(i.definition()),
                i.validity(), i.parent(), i.comment())).toList();
        List<Trigger> triggers = table.triggers().stream().map(t -> new Trigger(t.name(), local.apply(t.definition()),
                t.state(), t.origin(), t.comment())).toList();
        List<Policy> policies = table.policies().stream().map(p -> new Policy(p.name(), local.apply(p.definition()),
                p.comment())).toList();
        return new Table(name, table.persistence(), table.partitionKey(), partitionOf, table.options(),
                table.rowSecurity(), columns, constraints, indexes, triggers, policies, table.comment());
    }

    private static String replace(String definition, String old, String now) {
        return Pattern.compile("(?<![\\w\"$])" + Pattern.quote(old) + "(?![\\w\"$])").matcher(definition)
                .replaceAll(Matcher.quoteReplacement(now));
    }

    /** Whether nothing is renamed. */
    public boolean isEmpty() {
        return renames.isEmpty();
    }
}
