package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The four ways the fleet scenario migrates every tenant schema of one database: raw JDBC, our CLI's fleet in this
 * JVM, and the loops a Flyway or Liquibase user writes (one tool instance per schema, in this JVM).
 */
final class FleetLoops {

    /** The query that names the fleet's schemas, in order. */
    static final String SCHEMAS_QUERY = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1";

    /** One way to migrate every schema. */
    record FleetLoop(String name, Apply apply) {
    }

    /** Migrates {@code schemas} of {@code db} through {@code workload}. */
    @FunctionalInterface
    interface Apply {
        void run(TestDatabase db, List<String> schemas, Workload workload) throws Exception;
    }

    private FleetLoops() {
    }

    /** Raw JDBC, ours at {@code --parallel 1}, Flyway and Liquibase, in that order. */
    static List<FleetLoop> all(CliJar cli) {
        return List.of(new FleetLoop("jdbc", FleetLoops::jdbc), new FleetLoop("ours", ours(cli, 1)),
                new FleetLoop("flyway", (db, schemas, workload) -> {
                    for (String schema : schemas) {
                        FlywayTool.migrateSchema(db, workload, schema);
                    }
                }),
                new FleetLoop("liquibase", (db, schemas, workload) -> {
                    for (String schema : schemas) {
                        LiquibaseTool.updateSchema(db, workload, schema);
                    }
                }));
    }

    /** Our CLI's {@code upgrade --schemas-query … --parallel n}, in this JVM. */
    static Apply ours(CliJar cli, int parallel) {
        return (db, schemas, workload) -> cli.run(CliJar.environment(db, workload.ours()), "upgrade",
                "--schemas-query", SCHEMAS_QUERY, "--parallel", Integer.toString(parallel));
    }

    /**
     * The floor: one connection, each schema first on the search path in turn, each revision's script as one string
     * in its own transaction, no bookkeeping.
     */
    private static void jdbc(TestDatabase db, List<String> schemas, Workload workload) throws Exception {
        List<String> scripts = new ArrayList<>();
        for (Path file : workload.sqlFiles()) {
            scripts.add(Files.readString(file));
        }
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String schema : schemas) {
                statement.execute("SET search_path TO " + schema);
                for (String script : scripts) {
                    statement.execute(script);
                    connection.commit();
                }
            }
        }
    }
}
