package io.migrations.benchmarks;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.autogen.Model;
import io.migrations.internal.autogen.Renames;
import io.migrations.internal.autogen.RevisionPart;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Scenario 6: {@code revision --autogenerate} against {@code upgrade head} of the same revisions. Autogenerate
 * replays the revisions into a throwaway database, applies the model (the revisions' tables plus one) into another,
 * reads both catalogs and plans the revision; the issue allows it {@code upgrade head} plus 2 s. The throwaway
 * databases are dropped in the background once read; each run waits for that outside its time, before the next
 * one starts. Both run on databases created with the server's own settings, as the throwaway ones are.
 */
final class AutogenerateScenario {

    static final String NAME = "autogen";
    static final String UPGRADE = "upgrade head";
    static final String AUTOGENERATE = "autogenerate";
    static final int SIZE = 300;

    private final TestServer server;
    private final int runs;
    private final Report report;

    AutogenerateScenario(TestServer server, int runs, Report report) {
        this.server = server;
        this.runs = runs;
        this.report = report;
    }

    void run(Path workDir) throws Exception {
        report.section("Scenario 6: autogenerate with " + SIZE + " revisions replayed vs upgrade head of them, one "
                + "warm-up then " + runs + " runs");
        Workload workload = Workload.write(workDir.resolve("autogen"), SIZE);
        Path model = model(workload, workDir.resolve("autogen-model.sql"));
        List<Double> upgrades = new ArrayList<>();
        List<Double> autogenerates = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            try (TestDatabase db = server.createDatabase("bench_autogen")) {
                Migrations migrations = Migrations.create(MigrationsConfig.builder().dataSource(db.dataSource())
                        .locations("filesystem:" + workload.ours()).build());
                double upgrade = Stopwatch.time(() -> migrations.upgrade("heads"));
                List<CompletableFuture<Void>> dropped = new ArrayList<>();
                double autogenerate = Stopwatch.time(() -> dropped.add(autogenerate(migrations, db, model)));
                // The throwaway databases are dropped in the background after the result; the next run starts
                // when they are gone, so that their drops cost the next upgrade nothing.
                dropped.forEach(CompletableFuture::join);
                if (run > 0) {
                    upgrades.add(upgrade);
                    autogenerates.add(autogenerate);
                }
            }
        }
        report.add(new Result(NAME, UPGRADE, SIZE, upgrades));
        report.add(new Result(NAME, AUTOGENERATE, SIZE, autogenerates));
    }

    /**
     * The timed work; checks that it found the one new table, so that none of it can be skipped.
     *
     * @return completes when the throwaway databases are dropped
     */
    private static CompletableFuture<Void> autogenerate(Migrations migrations, TestDatabase db, Path model) {
        DatabaseUrl server = new DatabaseUrl(db.jdbcUrl(), db.user(), db.password());
        Autogenerate.Sources sources = new Autogenerate.Sources(migrations::catalog, migrations::build,
                migrations::catalogOf);
        Autogenerate.Comparison comparison = Autogenerate.compare(sources, List.of(new Model.Sql(model)),
                Autogenerate.Against.REVISIONS, new Autogenerate.Servers(server, null));
        List<RevisionPart> parts = comparison.revisions(Renames.none());
        if (parts.size() != 1 || !parts.get(0).upgradeSql().contains("CREATE TABLE public.extra")) {
            throw new IllegalStateException("Expected one revision creating public.extra, got " + parts);
        }
        return comparison.dropped();
    }

    /** The schema the revisions build, plus one table. */
    private static Path model(Workload workload, Path file) throws IOException {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= workload.size(); i++) {
            sql.append(Files.readString(workload.sqlFile(i)));
        }
        sql.append("CREATE TABLE extra (id bigint PRIMARY KEY, note text);\n");
        return Files.writeString(file, sql);
    }
}
