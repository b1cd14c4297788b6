package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.api.Finding;
import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.api.Severity;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.RandomSeed;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round-trip property on real PostgreSQL: for random schema pairs A and B that use every kind of object,
 * autogenerate builds A from nothing, then a revision from A to B; applying it yields exactly B's catalog, its
 * downgrade exactly A's, {@code check --model B} exits 0, and every generated revision passes the lint without an
 * error. The seed is printed; replay a failure with {@code -Dmigrations.autogen.seed=<seed>}, and run more pairs with
 * {@code -Dmigrations.autogen.pairs=<n>}.
 */
class AutogenerateRoundTripTest {

    private static final String SEED = "migrations.autogen.seed";
    private static final String PAIRS = "migrations.autogen.pairs";

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path project;

    @Test
    void randomSchemaPairsRoundTrip() throws Exception {
        int pairs = Integer.getInteger(PAIRS, 4);
        long seed = RandomSeed.of(SEED, "Autogenerate round trip of " + pairs + " schema pairs");
        Random random = new Random(seed);
        for (int pair = 0; pair < pairs; pair++) {
            RandomSchema a = RandomSchema.random(random);
            RandomSchema b = a.mutate(random, 0.3);
            roundTrip(pair, a, b, "seed " + seed + ", pair " + pair + "\nA: " + a + "\nB: " + b);
        }
    }

    private void roundTrip(int pair, RandomSchema a, RandomSchema b, String context) throws Exception {
        TestDatabase db = DB.get();
        clear(db);
        Path dir = Files.createDirectories(project.resolve("pair" + pair + "/db/migrations"));
        Path model = dir.getParent().resolve("schema.sql");
        InProcessCli cli = InProcessCli.of(db, dir);
        try (TestDatabase referenceA = TestServers.find().createDatabase("RoundTripA");
             TestDatabase referenceB = TestServers.find().createDatabase("RoundTripB")) {
            referenceA.execute(a.sql());
            referenceB.execute(b.sql());

            Files.writeString(model, a.sql());
            run(cli, context, "revision", "--autogenerate", "-m", "a", "--rev-id", "a" + pair);
            String headOfA = cli.run("heads").out().split(" ")[0].strip();
            run(cli, context, "upgrade", "heads");
            assertSame(db, referenceA, context + "\nafter building A from nothing");

            Files.writeString(model, b.sql());
            run(cli, context, "revision", "--autogenerate", "-m", "b");
            run(cli, context, "upgrade", "heads");
            assertSame(db, referenceB, context + "\nafter the upgrade from A to B");
            CliRun check = cli.run("check", "--model", model.toString());
            assertThat(check.exitCode()).as(context + "\n" + check.out() + check.err()).isZero();
            assertNoLintErrors(dir, context);

            run(cli, context, "downgrade", headOfA);
            assertSame(db, referenceA, context + "\nafter the downgrade from B to A");
            run(cli, context, "upgrade", "heads");
            assertSame(db, referenceB, context + "\nafter upgrading from A to B again");
        }
    }

    private static void run(InProcessCli cli, String context, String... args) {
        CliRun run = cli.run(args);
        assertThat(run.exitCode()).as(context + "\n" + String.join(" ", args) + ":\n" + run.out() + run.err()).isZero();
    }

    private static void assertSame(TestDatabase db, TestDatabase reference, String context) {
        assertThat(CatalogDiff.between(catalog(reference), catalog(db)).text()).as(context).isEmpty();
    }

    private static void assertNoLintErrors(Path dir, String context) {
        Migrations migrations = Migrations.create(MigrationsConfig.builder().dataSource(DB.get().dataSource())
                .locations("filesystem:" + dir).build());
        LintReport report = migrations.lint();
        List<Finding> errors = report.active().stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
        assertThat(errors).as(context + "\n" + LintFormat.text(report)).isEmpty();
    }

    private static Catalog catalog(TestDatabase database) {
        return Migrations.create(MigrationsConfig.builder().dataSource(database.dataSource()).build(), RevisionSet.empty()).catalog();
    }

    /** Drops every user schema, the version and history tables with them, and creates {@code public} again. */
    private static void clear(TestDatabase database) throws SQLException {
        database.execute("DROP SCHEMA IF EXISTS app CASCADE; DROP EXTENSION IF EXISTS citext CASCADE");
        database.resetPublicSchema();
    }
}
