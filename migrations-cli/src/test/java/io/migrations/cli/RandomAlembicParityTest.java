package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.RandomSeed;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random revision graphs (branches, merges, several bases, labels, dependencies) and random commands on them (absolute,
 * relative, partial and labelled targets; upgrade, downgrade, stamp and the listings), run by real Alembic and by
 * this tool side by side, each on its own database. After each command both succeeded or both failed; when they
 * succeeded, the version tables and the tables the revisions created are the same, and so is the output of a
 * listing or an offline ({@code --sql}) script.
 * Tolerated differences: where Alembic warns that a command is ambiguous and we refuse it, and where Alembic crashes
 * with a traceback and we refuse with a message.
 * The seed is printed; replay with {@code -Dmigrations.parity.seed=<seed>}, and run more graphs with
 * {@code -Dmigrations.parity.graphs=<n>}.
 */
class RandomAlembicParityTest {

    private static final String SEED = "migrations.parity.seed";
    private static final String GRAPHS = "migrations.parity.graphs";
    private static final int COMMANDS = 14;
    private static final Pattern UPDATE = Pattern.compile(
            "UPDATE alembic_version SET version_num='(\\w+)' WHERE alembic_version\\.version_num = '(\\w+)';");
    private static final Pattern DELETE = Pattern.compile(
            "DELETE FROM alembic_version WHERE alembic_version\\.version_num = '(\\w+)';");
    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO alembic_version \\(version_num\\) VALUES \\('(\\w+)'\\)( RETURNING alembic_version\\.version_num)?;");

    @RegisterExtension
    static final FreshDatabase ALEMBIC_DB = new FreshDatabase();
    @RegisterExtension
    static final FreshDatabase OUR_DB = new FreshDatabase();

    @TempDir
    Path work;

    @Test
    void randomGraphsAndCommandsAgreeWithAlembic() throws Exception {
        int graphs = Integer.getInteger(GRAPHS, 3);
        long seed = RandomSeed.of(SEED, "Parity with Alembic on " + graphs + " random graphs");
        Random random = new Random(seed);
        for (int graph = 0; graph < graphs; graph++) {
            compare(random, graph, "seed " + seed + ", graph " + graph);
        }
    }

    private void compare(Random random, int graph, String context) throws Exception {
        TestDatabase alembicDb = ALEMBIC_DB.get();
        TestDatabase ourDb = OUR_DB.get();
        alembicDb.resetPublicSchema();
        ourDb.resetPublicSchema();
        List<TestRevision> revisions = randomGraph(random);
        Path sql = Files.createDirectories(work.resolve("g" + graph + "/sql"));
        revisions.forEach(revision -> revision.writeSql(sql));
        AlembicProject alembic = new AlembicProject(Files.createDirectories(work.resolve("g" + graph + "/alembic")),
                AlembicParityTest.sqlAlchemyUrl(alembicDb), revisions);
        InProcessCli ours = new InProcessCli(Map.of("DATABASE_URL", AlembicParityTest.sqlAlchemyUrl(ourDb),
                "MIGRATIONS_DIR", sql.toString()));
        StringBuilder done = new StringBuilder(context + "\ngraph: " + describe(revisions) + "\ncommands:");
        for (int step = 0; step < COMMANDS; step++) {
            List<String> command = randomCommand(random, revisions);
            done.append("\n  ").append(String.join(" ", command));
            CliRun theirs = alembic.attempt(command.toArray(String[]::new));
            CliRun run = ours.run(command.toArray(String[]::new));
            String both = done + "\nalembic (exit " + theirs.exitCode() + "):\n" + theirs.all()
                    + "\nours (exit " + run.exitCode() + "):\n" + run.all();
            if (theirs.exitCode() == 0 && theirs.err().contains("ambiguous") && run.exitCode() == ExitCode.USAGE
                    && run.err().contains("ambiguous")) {
                return; // the databases part ways here, as Alembic picks one reading and we ask for a choice
            }
            if (theirs.exitCode() != 0 && theirs.all().contains("Traceback (most recent call last)")) {
                // Alembic's own crash (an assertion in its stamp, say) may leave its version table half written
                assertThat(run.exitCode()).as("Alembic crashed; we must refuse cleanly\n" + both).isNotZero();
                assertThat(run.err()).as(both).startsWith("FAILED: ").doesNotContain("\tat ");
                return;
            }
            if ((theirs.exitCode() == 0) != (run.exitCode() == 0)) {
                fail("one tool succeeded, the other failed\n" + both);
            }
            if (run.exitCode() != 0) {
                assertThat(run.err()).as(both).startsWith("FAILED: ").doesNotContain("\tat ");
            } else if (!isChange(command) || command.contains("--sql")) {
                assertThat(comparable(command, run.out())).as(both).isEqualTo(comparable(command, theirs.out()));
            }
            assertThat(Databases.versions(ourDb)).as(both).isEqualTo(Databases.versions(alembicDb));
            assertThat(revisionTables(ourDb)).as(both).isEqualTo(revisionTables(alembicDb));
        }
    }

    /**
     * Four to eleven revisions: each a child of one earlier revision (so branches form), or now and then a merge of
     * two, or a new base; some carry a label, some depend on an earlier revision of another line.
     */
    private static List<TestRevision> randomGraph(Random random) {
        int size = 4 + random.nextInt(8);
        List<TestRevision> revisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String id = uniqueId(random, ids);
            List<String> down = new ArrayList<>();
            double shape = random.nextDouble();
            if (i > 0 && shape > 0.1) {
                String first = pickParent(random, revisions);
                down.add(first);
                if (shape > 0.8 && revisions.size() > 1) {
                    String second = pickParent(random, revisions);
                    if (!second.equals(first) && !ancestors(revisions, first).contains(second)
                            && !ancestors(revisions, second).contains(first)) {
                        down.add(second);
                    }
                }
            }
            TestRevision revision = TestRevision.of(id, down.toArray(String[]::new)).message("rev " + i);
            if (random.nextDouble() < 0.15) {
                revision = revision.labels("l" + i);
            }
            if (i > 1 && random.nextDouble() < 0.1) {
                String on = revisions.get(random.nextInt(revisions.size())).id();
                if (!down.contains(on) && down.stream().noneMatch(parent -> ancestors(revisions, parent).contains(on))) {
                    revision = revision.dependsOn(on);
                }
            }
            revisions.add(revision);
        }
        return revisions;
    }

    /** A twelve-digit hex id; now and then one that shares its first four digits with an earlier id. */
    private static String uniqueId(Random random, Set<String> ids) {
        while (true) {
            byte[] bytes = new byte[6];
            random.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (!ids.isEmpty() && random.nextDouble() < 0.15) {
                id = ids.iterator().next().substring(0, 4) + id.substring(4);
            }
            if (ids.add(id)) {
                return id;
            }
        }
    }

    /** Prefers recent revisions, so lines grow, while older ones still get branches. */
    private static String pickParent(Random random, List<TestRevision> revisions) {
        int n = revisions.size();
        int index = random.nextDouble() < 0.6 ? n - 1 - random.nextInt(Math.min(n, 2)) : random.nextInt(n);
        return revisions.get(index).id();
    }

    private static Set<String> ancestors(List<TestRevision> revisions, String id) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            revisions.stream().filter(revision -> revision.id().equals(next)).findFirst().ifPresent(revision -> {
                for (String parent : revision.down()) {
                    if (seen.add(parent)) {
                        todo.add(parent);
                    }
                }
            });
        }
        return seen;
    }

    private static List<String> randomCommand(Random random, List<TestRevision> revisions) {
        String rev = revisions.get(random.nextInt(revisions.size())).id();
        List<String> labels = revisions.stream().flatMap(revision -> revision.labels().stream()).toList();
        String label = labels.isEmpty() ? null : labels.get(random.nextInt(labels.size()));
        String target = switch (random.nextInt(8)) {
            case 0 -> rev;
            case 1 -> rev.substring(0, 4);
            case 2 -> rev + (random.nextBoolean() ? "+1" : "-1");
            case 3 -> label == null ? "heads" : label + "@" + List.of("head", "base", "+1", "-1").get(random.nextInt(4));
            case 4 -> random.nextBoolean() ? "+1" : "+2";
            case 5 -> random.nextBoolean() ? "-1" : "-2";
            case 6 -> List.of("head", "heads", "base").get(random.nextInt(3));
            default -> label == null ? rev : label;
        };
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> List.of("upgrade", target);
            case 4, 5, 6 -> List.of("downgrade", target);
            case 7 -> random.nextBoolean() ? List.of("stamp", target) : List.of("stamp", "--purge", rev);
            case 8 -> List.of("current");
            case 9 -> List.of(List.of("heads"), List.of("heads", "-v"), List.of("branches", "-v"), List.of("show", target))
                    .get(random.nextInt(4));
            case 10 -> random.nextBoolean() ? List.of("history", "-r", rev + ":heads")
                    : List.of("history", "-v", "-i", "-r", "base:" + target);
            default -> random.nextBoolean() ? List.of("upgrade", "base:" + target, "--sql")
                    : List.of("downgrade", rev + ":" + target, "--sql");
        };
    }

    private static boolean isChange(List<String> command) {
        return List.of("upgrade", "downgrade", "stamp").contains(command.get(0));
    }

    private static Object comparable(List<String> command, String output) {
        if (command.get(0).equals("current")) {
            return AlembicProject.comparableEntries(output);
        }
        return AlembicProject.comparable(command.contains("--sql") ? netVersionChanges(output) : output);
    }

    /**
     * An offline script with each run of version-table statements replaced by the rows it removes and adds. Where a
     * merge (or unmerge) step meets other heads, Alembic picks the row it updates, and those it deletes (or inserts),
     * in the order of a Python set, which changes from run to run; the rows in the end do not.
     */
    private static String netVersionChanges(String script) {
        List<String> out = new ArrayList<>();
        Set<String> removed = new TreeSet<>();
        Set<String> added = new TreeSet<>();
        for (String statement : script.split("\n\n", -1)) {
            Matcher update = UPDATE.matcher(statement);
            Matcher delete = DELETE.matcher(statement);
            Matcher insert = INSERT.matcher(statement);
            if (update.matches()) {
                removed.add(update.group(2));
                added.add(update.group(1));
            } else if (delete.matches()) {
                removed.add(delete.group(1));
            } else if (insert.matches()) {
                added.add(insert.group(1));
            } else {
                if (!removed.isEmpty() || !added.isEmpty()) {
                    out.add("version rows: -" + removed + " +" + added);
                    removed.clear();
                    added.clear();
                }
                out.add(statement);
            }
        }
        return String.join("\n\n", out);
    }

    /** The tables the revisions created; the bookkeeping tables differ between the tools. */
    private static List<String> revisionTables(TestDatabase database) throws Exception {
        return Databases.tables(database).stream().filter(table -> table.startsWith("t_")).toList();
    }

    private static String describe(List<TestRevision> revisions) {
        StringBuilder text = new StringBuilder();
        for (TestRevision revision : revisions) {
            text.append("\n  ").append(revision.id()).append(" <- ").append(revision.down());
            if (!revision.labels().isEmpty()) {
                text.append(" labels ").append(revision.labels());
            }
            if (!revision.dependsOn().isEmpty()) {
                text.append(" depends_on ").append(revision.dependsOn());
            }
        }
        return text.toString();
    }
}
