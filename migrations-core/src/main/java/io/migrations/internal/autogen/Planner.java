package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import java.util.List;

/**
 * The statements that turn one schema into another, in dependency order: the one place where a catalog difference
 * becomes DDL. The same planner writes a revision's downgrade, by planning the way back.
 */
final class Planner {

    private Planner() {
    }

    /** The statements, in order, that turn a database whose catalog is {@code from} into one whose catalog is {@code to}. */
    static List<Step> plan(Catalog from, Catalog to) {
        PlanContext plan = new PlanContext(from, to);
        TableChanges tables = new TableChanges(plan);
        tables.mark();
        SchemaChanges schemas = new SchemaChanges(plan);
        schemas.schemas();
        schemas.extensions();
        TypeChanges types = new TypeChanges(plan);
        types.enums();
        types.domains();
        types.composites();
        schemas.sequences();
        new RoutineChanges(plan).plan();
        tables.plan();
        new ViewChanges(plan, tables).plan();
        return plan.ordered();
    }
}
