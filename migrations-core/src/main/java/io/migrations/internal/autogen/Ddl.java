package io.migrations.internal.autogen;

import io.migrations.catalog.Column;
import io.migrations.catalog.CompositeType;
import io.migrations.catalog.Constraint;
import io.migrations.catalog.Domain;
import io.migrations.catalog.EnumType;
import io.migrations.catalog.Index;
import io.migrations.catalog.Origin;
import io.migrations.catalog.Persistence;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.SequenceOptions;
import io.migrations.catalog.Table;
import io.migrations.catalog.View;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The DDL text of catalog objects: how each is created from nothing. */
final class Ddl {

    private static final String INDENT = "    ";

    private Ddl() {
    }

    static String createTable(Table table) {
        StringBuilder sql = new StringBuilder("CREATE ")
                .append(table.persistence() == Persistence.UNLOGGED ? "UNLOGGED " : "").append("TABLE ")
                .append(Sql.name(table.name()));
        if (table.partitionOf() != null) {
            sql.append(" PARTITION OF ").append(Sql.name(table.partitionOf().parent())).append(' ')
                    .append(table.partitionOf().bound());
        } else {
            List<String> elements = new ArrayList<>();
            table.columns().forEach(column -> elements.add(column(column)));
            table.constraints().stream().filter(Ddl::inline)
                    .forEach(constraint -> elements.add("CONSTRAINT " + Sql.name(constraint.name()) + " "
                            + constraint.definition()));
            sql.append(" (\n").append(elements.stream().map(element -> INDENT + element)
                    .collect(Collectors.joining(",\n"))).append("\n)");
        }
        if (table.isPartitioned()) {
            sql.append(" PARTITION BY ").append(table.partitionKey());
        }
        if (!table.options().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", table.options())).append(')');
        }
        return sql.toString();
    }

    /**
     * Constraints written inside {@code CREATE TABLE}: all but foreign keys, which wait for every table to exist,
     * and {@code NOT VALID} ones, which {@code CREATE TABLE} would make valid.
     */
    static boolean inline(Constraint constraint) {
        return constraint.origin() == Origin.LOCAL && constraint.type() != Constraint.Type.FOREIGN_KEY
                && constraint.validated();
    }

    /** A column definition: {@code email text COLLATE "C" DEFAULT ''::text NOT NULL}. */
    static String column(Column column) {
        StringBuilder sql = new StringBuilder(Sql.name(column.name())).append(' ').append(column.type());
        if (!column.collation().isEmpty()) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (!column.generatedExpression().isEmpty()) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        } else if (column.identity() != null) {
            sql.append(" GENERATED ").append(column.identity().generation().sql()).append(" AS IDENTITY")
                    .append(identityClause(column.identity().sequence()));
        } else if (!column.defaultExpression().isEmpty()) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.notNull() && column.identity() == null) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /**
     * The options of an identity column's sequence in parentheses, those that differ from PostgreSQL's defaults for
     * the column's type only; empty when none does.
     */
    static String identityClause(SequenceOptions options) {
        if (options.increment() < 0) {
            return " (" + identityOptions(options) + ")";
        }
        long max = switch (options.dataType()) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        List<String> set = new ArrayList<>();
        if (options.start() != options.minValue()) {
            set.add("START WITH " + options.start());
        }
        if (options.increment() != 1) {
            set.add("INCREMENT BY " + options.increment());
        }
        if (options.minValue() != 1) {
            set.add("MINVALUE " + options.minValue());
        }
        if (options.maxValue() != max) {
            set.add("MAXVALUE " + options.maxValue());
        }
        if (options.cache() != 1) {
            set.add("CACHE " + options.cache());
        }
        if (options.cycle() == SequenceOptions.Cycle.CYCLE) {
            set.add("CYCLE");
        }
        return set.isEmpty() ? "" : " (" + String.join(" ", set) + ")";
    }

    /** Sequence options without {@code AS type}, which an identity column takes from the column. */
    static String identityOptions(SequenceOptions options) {
        return "START WITH " + options.start() + " INCREMENT BY " + options.increment() + " MINVALUE "
                + options.minValue() + " MAXVALUE " + options.maxValue() + " CACHE " + options.cache() + " "
                + options.cycle().sql();
    }

    /** An index's definition, runnable: {@code ON ONLY} dropped, so that a partitioned table's partitions get it too. */
    static String createIndex(Index index) {
        return index.definition().replaceFirst(" ON ONLY ", " ON ");
    }

    /** {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS ...}: the lint's safe way on a table in use. */
    static String createIndexConcurrently(Index index) {
        return createIndex(index).replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY IF NOT EXISTS ");
    }

    static String createEnum(EnumType type) {
        return "CREATE TYPE " + Sql.name(type.name()) + " AS ENUM ("
                + type.values().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
    }

    static String createDomain(Domain domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Sql.name(domain.name())).append(" AS ")
                .append(domain.baseType());
        if (!domain.collation().isEmpty()) {
            sql.append(" COLLATE ").append(domain.collation());
        }
        if (!domain.defaultExpression().isEmpty()) {
            sql.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (domain.nullability() == io.migrations.catalog.Nullability.NOT_NULL) {
            sql.append(" NOT NULL");
        }
        domain.constraints().forEach(check -> sql.append(" CONSTRAINT ").append(Sql.name(check.name())).append(' ')
                .append(check.definition()));
        return sql.toString();
    }

    static String createComposite(CompositeType type) {
        return "CREATE TYPE " + Sql.name(type.name()) + " AS (" + type.fields().stream().map(Ddl::field)
                .collect(Collectors.joining(", ")) + ")";
    }

    static String field(CompositeType.Field field) {
        return Sql.name(field.name()) + " " + field.type() + (field.collation().isEmpty() ? ""
                : " COLLATE " + field.collation());
    }

    static String createSequence(QualifiedName name, SequenceOptions options) {
        return "CREATE SEQUENCE " + Sql.name(name) + " " + options.sql();
    }

    static String createView(View view) {
        return "CREATE " + view.kind().sql() + " " + Sql.name(view.name())
                + (view.options().isEmpty() ? "" : " WITH (" + String.join(", ", view.options()) + ")")
                + " AS\n" + view.definition();
    }
}
