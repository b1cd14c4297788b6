package io.migrations.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the schema of a database: everything DDL creates, in the server's canonical form, with names as the
 * server stores them. It is exact: two databases with equal catalogs have the same schema. Owners and privileges
 * are left out, and so are objects that belong to an extension. The order of a table's columns is kept but not
 * compared (see {@link Table}); every other list is sorted, so equal schemas give equal records.
 *
 * <p>Read one with {@code Migrations.catalog()}; compare two with {@link CatalogDiff#between}.
 *
 * @param schemas        the user schemas, by name
 * @param extensions     installed extensions, by name
 * @param tables         tables, partitioned tables and partitions, by name
 * @param views          views and materialized views, by name
 * @param sequences      sequences other than identity columns' own, by name
 * @param enums          enum types, by name
 * @param domains        domains, by name
 * @param compositeTypes composite types, by name
 * @param routines       functions and procedures, by signature
 */
public record Catalog(List<Schema> schemas, List<Extension> extensions, List<Table> tables, List<View> views,
                      List<Sequence> sequences, List<EnumType> enums, List<Domain> domains,
                      List<CompositeType> compositeTypes, List<Routine> routines) {

    public Catalog {
        schemas = Sorting.byName(schemas, Schema::name);
        extensions = Sorting.byName(extensions, Extension::name);
        tables = Sorting.byName(tables, Table::name);
        views = Sorting.byName(views, View::name);
        sequences = Sorting.byName(sequences, Sequence::name);
        enums = Sorting.byName(enums, EnumType::name);
        domains = Sorting.byName(domains, Domain::name);
        compositeTypes = Sorting.byName(compositeTypes, CompositeType::name);
        routines = Sorting.byName(routines, Routine::signature);
    }

    /** A catalog with nothing in it. */
    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** The table {@code schema.name}. */
    public Optional<Table> table(String schema, String name) {
        QualifiedName wanted = new QualifiedName(schema, name);
        return tables.stream().filter(table -> table.name().equals(wanted)).findFirst();
    }

    /** The view or materialized view {@code schema.name}. */
    public Optional<View> view(String schema, String name) {
        QualifiedName wanted = new QualifiedName(schema, name);
        return views.stream().filter(view -> view.name().equals(wanted)).findFirst();
    }

    /** The functions and procedures named {@code schema.name}: one per overload. */
    public List<Routine> routines(String schema, String name) {
        QualifiedName wanted = new QualifiedName(schema, name);
        return routines.stream().filter(routine -> routine.name().equals(wanted)).toList();
    }

    /** Whether it holds no object at all (not even a schema). */
    public boolean isEmpty() {
        return equals(empty());
    }

    /**
     * The catalog as sorted lines, one per object (columns, constraints, indexes and triggers on their own lines,
     * under their table's name), each with every compared attribute that is not the default: two catalogs are equal
     * exactly when their lines are. For tests and reports, e.g.
     * {@code column public.users.email text collation="C" NOT NULL comment=login}.
     */
    public List<String> lines() {
        return CatalogText.lines(this);
    }
}
