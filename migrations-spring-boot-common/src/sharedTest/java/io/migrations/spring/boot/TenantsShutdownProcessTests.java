package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what a container runtime or a deploy tool sends) while a migrate-only run migrates the tenants: the
 * revisions in flight finish, no tenant or revision starts after it, the run exits non-zero, and the rerun finishes.
 * Each tenant revision creates a table and sleeps, so that the signal lands in the middle.
 */
class TenantsShutdownProcessTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private static final int TENANTS = 24;

    @Test
    void sigtermDuringTheTenantsLeavesEachAtARevisionBoundaryAndTheRerunFinishes(@TempDir Path dir) throws Exception {
        List<String> schemas = IntStream.range(0, TENANTS).mapToObj(i -> String.format("term_%02d", i)).toList();
        db.execute("CREATE TABLE tenant_registry (schema_name TEXT PRIMARY KEY)");
        schemas.forEach(schema -> db.execute("CREATE SCHEMA " + schema + "; INSERT INTO tenant_registry VALUES ('"
                + schema + "')"));
        List<String> args = new ArrayList<>(Arrays.stream(db.dataSourceProperties()).map(p -> "--" + p).toList());
        args.addAll(List.of("--spring.profiles.active=migrate", "--server.port=0",
                "--migrations.locations=classpath:db/tenants-slow", "--migrations.tenants.parallel=2",
                "--migrations.tenants.schemas-query=SELECT schema_name FROM tenant_registry ORDER BY 1"));
        Path log = dir.resolve("child.log");

        Process child = ChildApplication.start(Map.of(), args, log);
        boolean ended = ChildApplication.terminateWhen(child, () -> tenantsWithTables() >= 2);
        String output = Files.readString(log);
        assertThat(ended).as("ended after SIGTERM:\n" + output).isTrue();
        assertThat(child.exitValue()).as(output).isNotZero();
        assertThat(output).contains("Stopping: no new target or revision starts")
                .as("logged after the signal, so logging still ran")
                .containsPattern("Tenants: \\d+ migrated to \\S+, \\d+ steps; [1-9]\\d* failed or not started");

        int untouched = 0;
        for (String schema : schemas) {
            int level = level(schema);
            assertThat(stepTables(schema)).as("the tables of %s at s%d", schema, level).isEqualTo(level);
            untouched += level == 0 ? 1 : 0;
        }
        assertThat(untouched).as("tenants not started after the signal:\n" + output).isPositive();

        ChildApplication.Result rerun = ChildApplication.run(Map.of(), args);
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        for (String schema : schemas) {
            assertThat(db.strings("SELECT version_num FROM " + schema + ".alembic_version")).as(schema)
                    .containsExactly("s3");
            assertThat(db.strings("SELECT revision FROM " + schema + ".migrations_history WHERE success ORDER BY 1"))
                    .as("each revision applied once in " + schema).containsExactly("s1", "s2", "s3");
        }
    }

    private static int tenantsWithTables() {
        return Integer.parseInt(db.strings("SELECT count(*) FROM pg_tables WHERE tablename = 'alembic_version' "
                + "AND schemaname LIKE 'term\\_%'").get(0));
    }

    /** The revision a tenant's version table names, as a number: 0 for none. */
    private static int level(String schema) {
        if (db.strings("SELECT 1 FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = 'alembic_version'")
                .isEmpty()) {
            return 0;
        }
        List<String> versions = db.strings("SELECT version_num FROM " + schema + ".alembic_version");
        return versions.isEmpty() ? 0 : Integer.parseInt(versions.get(0).substring(1));
    }

    private static int stepTables(String schema) {
        return Integer.parseInt(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema
                + "' AND tablename LIKE 'step%'").get(0));
    }
}
