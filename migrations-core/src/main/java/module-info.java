/**
 * Alembic-style revisions for PostgreSQL: the facade {@link io.migrations.Migrations} and its configuration, the
 * results and exceptions it hands out ({@code io.migrations.api}), the operations DSL ({@code io.migrations.ops}) and
 * the annotations and interfaces of Java revisions ({@code io.migrations.java}), and the {@code Catalog} snapshot of a
 * schema with its diff ({@code io.migrations.catalog}). Everything under
 * {@code io.migrations.internal} is implementation and may change in any release.
 *
 * <p>The exported packages are {@code @NullMarked} (JSpecify): nothing is null unless marked {@code @Nullable}.
 *
 * <p>Java revisions are created reflectively: a named module that holds them must open their package to this one.
 * Kinds of model beyond SQL files and databases ({@code jpa:}) come from {@link io.migrations.api.ModelProvider}s.
 */
module io.migrations.core {
    requires transitive java.sql;
    requires java.compiler;
    requires org.slf4j;
    // Annotations only: @NullMarked packages, @Nullable where null is allowed.
    requires static transitive org.jspecify;

    exports io.migrations;
    exports io.migrations.api;
    exports io.migrations.ops;
    exports io.migrations.java;
    exports io.migrations.catalog;

    uses io.migrations.api.ModelProvider;
}
