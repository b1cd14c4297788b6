package io.migrations.sample;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.catalog.Catalog;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The schema of a database as the project's one {@link Catalog} reads it, on PostgreSQL and H2 alike, without the
 * version and history tables. Two snapshots are equal when the schemas are.
 *
 * @param objects one line per object ({@link Catalog#lines()}), sorted, with the counters of names H2 makes up
 *                replaced by {@code *}
 */
record SchemaSnapshot(List<String> objects) {

    /**
     * The names H2 gives unnamed constraints and their indexes ({@code PRIMARY_KEY_2}, {@code CONSTRAINT_6A}): a table
     * created again gets other counters, not another schema.
     */
    private static final Pattern H2_GENERATED = Pattern.compile(
            "\\b(PRIMARY_KEY|CONSTRAINT|CONSTRAINT_INDEX|FK_\\w+_INDEX)_[0-9A-F]+\\b");

    static SchemaSnapshot of(DataSource dataSource) {
        Catalog catalog = Migrations.create(MigrationsConfig.builder().dataSource(dataSource).build(), RevisionSet.empty()).catalog();
        return new SchemaSnapshot(catalog.lines().stream()
                .map(line -> H2_GENERATED.matcher(line).replaceAll("$1_*")).sorted().toList());
    }

    /** The tables, without the version and history tables, in lower case. */
    List<String> tables() {
        return objects.stream().filter(line -> line.startsWith("table ")).map(line -> line.split(" ")[1])
                .map(name -> name.substring(name.indexOf('.') + 1).toLowerCase(Locale.ROOT)).toList();
    }
}
