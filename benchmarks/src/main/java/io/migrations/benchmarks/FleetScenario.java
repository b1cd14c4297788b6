package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Scenario 8, opt-in ({@code --scenarios=fleet}): many tenant schemas in one database, each migrated through the same
 * revisions (tables, indexes, a foreign key, a backfill; see {@link FleetRevision}). Measures, each way on a fresh
 * database and all of them side by side: the ways of {@link FleetLoops}; our fleet at each {@code --parallel}; the
 * no-op {@code check} over the whole fleet in this JVM and as a whole {@code java -jar}
 * process; and the CLI migrating {@link FleetSizes#memorySchemas()} schemas with {@code -Xmx256m}, its peak heap and
 * resident memory.
 *
 * <p>The timed runs' databases are dropped only when the suite ends, so that no run shares the disk with the removal
 * of another run's tens of thousands of files.
 */
final class FleetScenario {

    static final String NAME = "fleet";
    static final String APPLY = "fleet-apply";
    static final String PARALLEL = "fleet-parallel";
    static final String CHECK = "fleet-check";
    static final String CHECK_PROCESS = "fleet-check-process";
    static final String MEMORY = "fleet-memory";
    /** The heap the memory run gets. */
    static final String HEAP = "-Xmx256m";

    private static final int WARM_UP_SCHEMAS = 3;
    private static final int SLICES = 10;
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Databases databases;
    private final FleetSizes sizes;
    private final List<String> tools;
    private final Report report;

    /** @param tools the ways of {@link FleetLoops} to compare, by name ({@code --tools}) */
    FleetScenario(Databases databases, FleetSizes sizes, List<String> tools, Report report) {
        this.databases = databases;
        this.sizes = sizes;
        this.tools = List.copyOf(tools);
        this.report = report;
    }

    void run(Path workDir) throws Exception {
        Workload workload = Workload.write(workDir.resolve("fleet"), sizes.revisions(), FleetRevision::new);
        try (CliJar cli = new CliJar(sizes.cliJar())) {
            List<FleetLoops.FleetLoop> loops = FleetLoops.all(cli).stream()
                    .filter(loop -> tools.contains(loop.tool())).toList();
            report.section("Fleet: warming up (" + WARM_UP_SCHEMAS + " schemas once per way)");
            for (FleetLoops.FleetLoop loop : loops) {
                warmUp(loop.apply(), workload, loop.name());
            }
            TestDatabase atHead = apply(loops, workload);
            parallel(cli, workload);
            if (atHead != null) {
                check(cli, atHead, workload);
                databases.drop(atHead);
            }
            if (sizes.memorySchemas() > 0) {
                memory(cli, workDir, workload);
            }
        }
    }

    /**
     * Each way {@link FleetSizes#rounds()} times, side by side (see {@link #sideBySide}), each round starting one way
     * further on. Returns a database ours migrated, or null when ours is not among them.
     */
    private TestDatabase apply(List<FleetLoops.FleetLoop> loops, Workload workload) throws Exception {
        report.section("Fleet: apply " + sizes.revisions() + " revisions to each of " + sizes.schemas()
                + " schemas, " + sizes.rounds() + " round(s); in each, the ways take turns slice by slice ("
                + slices() + " slices)");
        Map<String, FleetLoops.Apply> ways = new LinkedHashMap<>();
        loops.forEach(loop -> ways.put(loop.name(), loop.apply()));
        int first = (int) (System.nanoTime() % loops.size());
        Map<String, List<Double>> times = new LinkedHashMap<>();
        TestDatabase ours = null;
        for (int round = 1; round <= sizes.rounds(); round++) {
            Map<String, Migrated> migrated = sideBySide(ways, workload, first + round);
            StringBuilder line = new StringBuilder("  round " + round + ":");
            migrated.forEach((name, run) -> {
                times.computeIfAbsent(name, n -> new ArrayList<>()).add(run.ms());
                line.append(String.format(Locale.ROOT, " %s %.0f ms,", name, run.ms()));
            });
            report.section(line.substring(0, line.length() - 1));
            if (migrated.containsKey("ours")) {
                ours = migrated.get("ours").db();
            }
        }
        loops.forEach(loop -> report.add(new Result(APPLY, loop.name(), sizes.schemas(), times.get(loop.name()))));
        return ours;
    }

    private void parallel(CliJar cli, Workload workload) throws Exception {
        report.section("Fleet: ours at --parallel " + sizes.parallel() + ", side by side, one round");
        Map<String, FleetLoops.Apply> ways = new LinkedHashMap<>();
        sizes.parallel().forEach(parallel -> ways.put("p" + parallel, FleetLoops.ours(cli, parallel)));
        sideBySide(ways, workload, 0).forEach((name, run) ->
                report.add(new Result(PARALLEL, name, sizes.schemas(), List.of(run.ms()))));
    }

    /**
     * Runs {@code ways} side by side: each gets a fresh database of {@link FleetSizes#schemas()} schemas and migrates
     * it in {@link #slices()} slices of consecutive schemas; at every slice the ways take turns, each slice starting
     * one way further on than the last, so that every way meets the same moments of this machine. Timed one after
     * another on their own, the same run of 200 schemas took between 9.7 and 14.6 s here, more than the differences
     * being measured. Each way's time is the sum of its slices; every database is verified at the end.
     *
     * @param first which way goes first in the first slice
     */
    private Map<String, Migrated> sideBySide(Map<String, FleetLoops.Apply> ways, Workload workload, int first)
            throws Exception {
        Map<String, TestDatabase> dbs = new LinkedHashMap<>();
        List<String> names = List.of();
        for (String way : ways.keySet()) {
            TestDatabase db = databases.create("bench_fleet_" + way);
            names = createSchemas(db, sizes.schemas());
            dbs.put(way, db);
        }
        checkpoint(dbs.values().iterator().next());
        Map<String, Double> ms = new LinkedHashMap<>();
        ways.keySet().forEach(way -> ms.put(way, 0.0));
        List<String> order = new ArrayList<>(ways.keySet());
        Collections.rotate(order, -(first % order.size()));
        int slice = (names.size() + slices() - 1) / slices();
        for (int from = 0; from < names.size(); from += slice) {
            List<String> schemas = names.subList(from, Math.min(names.size(), from + slice));
            for (String way : order) {
                ms.merge(way, Stopwatch.time(() -> ways.get(way).run(dbs.get(way), schemas, workload)), Double::sum);
            }
            Collections.rotate(order, -1);
        }
        Map<String, Migrated> migrated = new LinkedHashMap<>();
        for (String way : ways.keySet()) {
            verify(dbs.get(way), sizes.schemas(), workload, way);
            migrated.put(way, new Migrated(dbs.get(way), ms.get(way)));
        }
        return migrated;
    }

    /** How many slices {@link #sideBySide} cuts a fleet into: ten, or one per schema in a smaller fleet. */
    private int slices() {
        return Math.min(SLICES, sizes.schemas());
    }

    /** A way's database after {@link #sideBySide}, and the time the way took over all its slices. */
    private record Migrated(TestDatabase db, double ms) {
    }

    private void check(CliJar cli, TestDatabase db, Workload workload) throws Exception {
        Map<String, String> environment = CliJar.environment(db, workload.ours());
        String[] check = {"check", "--schemas-query", FleetLoops.SCHEMAS_QUERY};
        report.section("Fleet: no-op check of " + sizes.schemas() + " schemas, in this JVM (2 warm-ups, 5 runs) and "
                + "as java -jar (1 warm-up, 3 runs)");
        report.add(new Result(CHECK, "ours", sizes.schemas(), Stopwatch.repeat(2, 5, () -> cli.run(environment, check))));
        report.add(new Result(CHECK_PROCESS, "ours", sizes.schemas(), Stopwatch.repeat(1, 3, () -> {
            Process process = cli.process(List.of(), environment, check).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("The fleet check process failed:\n" + output);
            }
        })));
    }

    private void memory(CliJar cli, Path workDir, Workload workload) throws Exception {
        int schemas = sizes.memorySchemas();
        report.section("Fleet: java " + HEAP + " -jar migrations.jar upgrade over " + schemas + " schemas, --parallel 4");
        TestDatabase db = databases.create("bench_fleet_memory");
        createSchemas(db, schemas);
        Path gcLog = workDir.resolve("fleet-gc.log");
        Path output = workDir.resolve("fleet-memory.txt");
        Process process = cli.process(List.of(HEAP, "-Xlog:gc:file=" + gcLog), CliJar.environment(db, workload.ours()),
                        "upgrade", "--schemas-query", FleetLoops.SCHEMAS_QUERY, "--parallel", "4")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long start = System.nanoTime();
        long peakRssKb = 0;
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, highWaterMarkKb(process.pid()));
            Thread.sleep(200);
        }
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The CLI under " + HEAP + " failed:\n" + Files.readString(output));
        }
        verify(db, schemas, workload, "ours " + HEAP);
        databases.drop(db);
        report.add(new Result(MEMORY, "ours", schemas, List.of(ms)));
        report.section(String.format(Locale.ROOT, "  peak heap before a collection: %d MB of 256 MB; peak resident set: "
                + "%d MB; %d collections", peakHeapMb(gcLog), peakRssKb / 1024, collections(gcLog)));
    }

    /** Migrates a fresh database of {@code schemas} schemas with {@code apply} once, untimed, and drops it. */
    private void warmUp(FleetLoops.Apply apply, Workload workload, String name) throws Exception {
        TestDatabase db = databases.create("bench_fleet_" + name);
        List<String> names = createSchemas(db, WARM_UP_SCHEMAS);
        apply.run(db, names, workload);
        verify(db, WARM_UP_SCHEMAS, workload, name);
        databases.drop(db);
    }

    /**
     * Starts the ways from a server that has just written out every dirty page: a run of 20,000 tables leaves
     * gigabytes of WAL behind, and the next run would otherwise start by paying for that run's checkpoint.
     */
    private void checkpoint(TestDatabase db) {
        try {
            db.execute("CHECKPOINT");
        } catch (SQLException e) {
            report.section("  (no CHECKPOINT before this run: " + e.getMessage() + ")");
        }
    }

    private static List<String> createSchemas(TestDatabase db, int count) throws SQLException {
        List<String> schemas = IntStream.range(0, count).mapToObj(i -> String.format(Locale.ROOT, "tenant_%05d", i))
                .toList();
        db.execute(String.join(";", schemas.stream().map(s -> "CREATE SCHEMA " + s).toList()));
        return schemas;
    }

    /** Every schema has the last revision's table with its rows, and the backfill ran in every schema. */
    private static void verify(TestDatabase db, int schemas, Workload workload, String name) throws SQLException {
        String last = new RevisionSql(workload.size()).table();
        long withLast = AppliedSchema.count(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname LIKE 'tenant\\_%' AND c.relname = '" + last + "'");
        long foreignKeys = AppliedSchema.count(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'orders_customer_fk'");
        long unfilled = AppliedSchema.count(db, "SELECT count(*) FROM tenant_00000.customers WHERE email IS NULL");
        if (withLast != schemas || foreignKeys != schemas || unfilled != 0) {
            throw new IllegalStateException(name + " left " + withLast + " schemas with " + last + " and "
                    + foreignKeys + " foreign keys of " + schemas + ", and " + unfilled + " customers without email");
        }
    }

    /** The process's peak resident set ({@code VmHWM}) so far, in kB; 0 once it is gone or where there is no /proc. */
    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two looks
        }
        return 0;
    }

    /** The largest heap occupancy the GC log shows before a collection, in MB. */
    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }

    private static long collections(Path gcLog) throws IOException {
        return Files.readAllLines(gcLog).stream().filter(line -> GC_HEAP.matcher(line).find()).count();
    }
}
