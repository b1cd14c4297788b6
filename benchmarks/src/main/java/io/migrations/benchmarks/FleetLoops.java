package io.migrations.benchmarks;

import io.migrations.api.Direction;
import io.migrations.internal.bookkeeping.HistoryRecord;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.bookkeeping.VersionTable;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.TableName;
import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways the fleet scenario migrates every tenant schema of one database: raw JDBC, raw JDBC that also keeps our
 * bookkeeping (the floor for any tool that records what it applied), our CLI's fleet in this JVM, and the loops a
 * Flyway or Liquibase user writes (one tool instance per schema, in this JVM).
 */
final class FleetLoops {

    /** Raw JDBC that also writes our version and history tables, as ours would. */
    static final String JDBC_BOOKKEEPING = "jdbc-bookkeeping";

    /** The query that names the fleet's schemas, in order. */
    static final String SCHEMAS_QUERY = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1";

    /**
     * One way to migrate every schema.
     *
     * @param tool the {@link Tool} whose selection ({@code --tools}) includes it
     * @param name the name its results carry
     */
    record FleetLoop(String tool, String name, Apply apply) {
    }

    /** Migrates {@code schemas} of {@code db} through {@code workload}. */
    @FunctionalInterface
    interface Apply {
        void run(TestDatabase db, List<String> schemas, Workload workload) throws Exception;
    }

    private FleetLoops() {
    }

    /** Raw JDBC, raw JDBC with bookkeeping, ours at {@code --parallel 1}, Flyway and Liquibase, in that order. */
    static List<FleetLoop> all(CliJar cli) {
        return List.of(new FleetLoop("jdbc", "jdbc", FleetLoops::jdbc),
                new FleetLoop("jdbc", JDBC_BOOKKEEPING, FleetLoops::jdbcWithBookkeeping),
                new FleetLoop("ours", "ours", ours(cli, 1)),
                new FleetLoop("flyway", "flyway", (db, schemas, workload) -> {
                    for (String schema : schemas) {
                        FlywayTool.migrateSchema(db, workload, schema);
                    }
                }),
                new FleetLoop("liquibase", "liquibase", (db, schemas, workload) -> {
                    for (String schema : schemas) {
                        LiquibaseTool.updateSchema(db, workload, schema);
                    }
                }));
    }

    /**
     * Our CLI's {@code upgrade --schemas-query … --parallel n}, in this JVM, its query naming the schemas given (the
     * fleet's names sort in their order, so one range names consecutive ones).
     */
    static Apply ours(CliJar cli, int parallel) {
        return (db, schemas, workload) -> cli.run(CliJar.environment(db, workload.ours()), "upgrade",
                "--schemas-query", "SELECT nspname FROM pg_namespace WHERE nspname BETWEEN '" + schemas.get(0)
                        + "' AND '" + schemas.get(schemas.size() - 1) + "' ORDER BY 1",
                "--parallel", Integer.toString(parallel));
    }

    /**
     * The floor: one connection, each schema first on the search path in turn, each revision's script as one string
     * in its own transaction, no bookkeeping.
     */
    private static void jdbc(TestDatabase db, List<String> schemas, Workload workload) throws Exception {
        List<String> scripts = scripts(workload);
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

    /**
     * The floor of a tool that records what it applied: raw JDBC as above, plus, per schema, our version and history
     * tables created with our DDL, and in each revision's string our version-row change and history row, the
     * statements ours sends in the revision's batch. No lock, no look at the tables, no validation.
     */
    private static void jdbcWithBookkeeping(TestDatabase db, List<String> schemas, Workload workload) throws Exception {
        List<String> scripts = scripts(workload);
        Database postgres = Databases.POSTGRESQL;
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String schema : schemas) {
                VersionTable versions = new VersionTable(postgres, new TableName(schema, "alembic_version"));
                HistoryTable history = new HistoryTable(postgres, new TableName(schema, "migrations_history"));
                statement.execute("SET search_path TO " + schema);
                statement.execute(versions.createSql());
                statement.execute(history.createSql());
                connection.commit();
                String from = null;
                for (int i = 0; i < scripts.size(); i++) {
                    String to = Workload.revisionId(i + 1);
                    VersionOp op = from == null ? new VersionOp.Insert(to) : new VersionOp.Update(from, to);
                    HistoryRecord record = new HistoryRecord(to, from == null ? List.of() : List.of(from),
                            Direction.UPGRADE, "revision " + (i + 1), "0".repeat(64), 0, true, 3, null);
                    statement.execute(scripts.get(i) + ";\n" + versions.literalSql(op) + ";\n"
                            + history.insertSql(record, HistoryTable.Timing.SINCE_TRANSACTION_START));
                    connection.commit();
                    from = to;
                }
            }
        }
    }

    /** Each revision's upgrade script, in order. */
    private static List<String> scripts(Workload workload) throws IOException {
        List<String> scripts = new ArrayList<>();
        for (Path file : workload.sqlFiles()) {
            scripts.add(Files.readString(file));
        }
        return scripts;
    }
}
