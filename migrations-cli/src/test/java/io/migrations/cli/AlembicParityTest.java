package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs real Alembic 1.x and this tool on the same revision graphs, each on its own database, and requires the
 * same standard output for the listing commands and the same version table after each change.
 */
class AlembicParityTest {

    @RegisterExtension
    static final FreshDatabase ALEMBIC_DB = new FreshDatabase();
    @RegisterExtension
    static final FreshDatabase OUR_DB = new FreshDatabase();

    private final TestDatabase alembicDb = ALEMBIC_DB.get();
    private final TestDatabase ourDb = OUR_DB.get();

    @TempDir
    Path work;

    /** A named graph and a sequence of changes to run on it. */
    record Scenario(String name, List<TestRevision> revisions, List<List<String>> changes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("linear", List.of(
                        TestRevision.of("a1a1").message("init"),
                        TestRevision.of("b2b2", "a1a1").message("Add users table"),
                        TestRevision.of("c3c3", "b2b2").message("Add email")),
                        changes("upgrade +1", "upgrade head", "downgrade -1", "stamp a1a1", "upgrade head",
                                "downgrade base", "stamp --purge b2b2")),
                new Scenario("branched", List.of(
                        TestRevision.of("a1a1").message("root"),
                        TestRevision.of("b2b2", "a1a1").message("left"),
                        TestRevision.of("c3c3", "a1a1").message("right"),
                        TestRevision.of("d4d4", "c3c3").message("right again")),
                        changes("upgrade b2b2", "upgrade heads", "downgrade a1a1", "stamp b2b2 c3c3", "upgrade heads",
                                "downgrade base", "stamp heads", "stamp --purge c3c3")),
                new Scenario("merged", List.of(
                        TestRevision.of("a1a1").message("root"),
                        TestRevision.of("b2b2", "a1a1").message("left"),
                        TestRevision.of("c3c3", "a1a1").message("right"),
                        TestRevision.of("d4d4", "b2b2", "c3c3").message("merge"),
                        TestRevision.of("e5e5", "d4d4").message("after merge")),
                        changes("upgrade b2b2", "upgrade c3c3", "upgrade heads", "downgrade -1", "downgrade c3c3",
                                "upgrade heads", "stamp d4d4", "downgrade base")),
                new Scenario("labelled", List.of(
                        TestRevision.of("a1a1").message("core root").labels("core"),
                        TestRevision.of("a2a2", "a1a1").message("core next"),
                        TestRevision.of("f1f1").message("plugin root").labels("plugin"),
                        TestRevision.of("f2f2", "f1f1").message("plugin next")),
                        changes("upgrade plugin@head", "upgrade core@+1", "upgrade heads", "downgrade plugin@base",
                                "downgrade core@-1", "stamp plugin@head", "downgrade base")),
                new Scenario("depends_on", List.of(
                        TestRevision.of("a1a1").message("base"),
                        TestRevision.of("b2b2", "a1a1").message("users"),
                        TestRevision.of("c3c3").message("extra root").labels("extra").dependsOn("b2b2"),
                        TestRevision.of("d4d4", "c3c3").message("extra next"),
                        TestRevision.of("e5e5", "b2b2").message("needs extra").dependsOn("extra")),
                        changes("upgrade extra@head", "upgrade heads", "downgrade b2b2", "upgrade e5e5",
                                "downgrade base", "stamp heads")));
    }

    private static List<List<String>> changes(String... commands) {
        return Stream.of(commands).map(command -> List.of(command.split(" "))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void listingsMatchAlembic(Scenario scenario) throws Exception {
        Sides sides = sides(scenario);
        List<List<String>> commands = new ArrayList<>(changes("history", "history -v", "heads", "heads -v",
                "heads --resolve-dependencies", "branches", "branches -v", "show heads", "history -r base:heads"));
        scenario.revisions().forEach(revision -> commands.add(List.of("show", revision.id())));
        for (List<String> command : commands) {
            sides.assertSameOutput(command);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void changesLeaveTheSameVersionTableAndCurrentOutput(Scenario scenario) throws Exception {
        Sides sides = sides(scenario);
        for (List<String> change : scenario.changes()) {
            sides.change(change);
            assertThat(Databases.versions(ourDb)).as("version table after %s", change)
                    .isEqualTo(Databases.versions(alembicDb));
            assertThat(AlembicProject.comparableEntries(sides.ours("current")))
                    .isEqualTo(AlembicProject.comparableEntries(sides.alembic("current")));
            sides.assertSameOutput(List.of("history", "-i"));
        }
        sides.change(List.of("stamp", "heads"));
        assertThat(AlembicProject.comparableEntries(sides.ours("current", "-v").replace(ourDb.name(), "<db>")))
                .isEqualTo(AlembicProject.comparableEntries(sides.alembic("current", "-v").replace(alembicDb.name(), "<db>")));
        sides.assertSameOutput(List.of("history", "-v", "--indicate-current"));
        sides.assertSameOutput(List.of("history", "-r", "current:heads"));
        sides.assertSameOutput(List.of("show", "current"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void offlineUpgradeScriptsMatchAlembic(Scenario scenario) throws Exception {
        Sides sides = sides(scenario);
        sides.assertSameOutput(List.of("upgrade", "base:heads", "--sql"));
        String firstHead = sides.ours("heads").lines().findFirst().orElseThrow().split(" ")[0];
        sides.assertSameOutput(List.of("downgrade", firstHead + ":base", "--sql"));
        sides.assertSameOutput(List.of("stamp", "base:" + firstHead, "--sql"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void targetsAlembicRefusesAreRefusedToo(Scenario scenario) throws Exception {
        Sides sides = sides(scenario);
        sides.assertBothFail(List.of("upgrade", "nosuchrev"));
        sides.assertBothFail(List.of("downgrade", "+1"));
        sides.change(List.of("upgrade", "heads"));
        if (sides.ours("heads").lines().count() > 1) {
            sides.assertBothFail(List.of("upgrade", "head"));
        }
        if (scenario.name().equals("merged")) {
            sides.change(List.of("downgrade", "d4d4"));
            sides.assertBothFail(List.of("downgrade", "-1"));
        }
        assertThat(Databases.versions(ourDb)).isEqualTo(Databases.versions(alembicDb));
    }

    /**
     * A bare {@code downgrade -1} from several heads: Alembic 1.8+ warns that it is ambiguous and goes down from
     * whichever version row comes first; we refuse it (exit 2), name the heads and the commands that choose one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void relativeDowngradeFromSeveralHeadsIsWhatAlembicCallsAmbiguous(Scenario scenario) throws Exception {
        Sides sides = sides(scenario);
        sides.change(List.of("upgrade", "heads"));
        List<String> heads = Databases.versions(ourDb);
        if (heads.size() < 2) {
            sides.change(List.of("downgrade", "-1"));
            assertThat(Databases.versions(ourDb)).isEqualTo(Databases.versions(alembicDb));
            return;
        }
        CliRun theirs = sides.alembicProject().attempt("downgrade", "-1");
        assertThat(theirs.exitCode()).as("alembic: %s", theirs.all()).isZero();
        assertThat(theirs.err()).contains("ambiguous");
        CliRun run = sides.cli().run("downgrade", "-1");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("FAILED: Downgrade -1 is ambiguous: the database is at several heads (");
        heads.forEach(head -> assertThat(run.err()).contains(head).contains("'downgrade " + head + "-1'"));
        assertThat(Databases.versions(ourDb)).containsExactlyInAnyOrderElementsOf(heads);
    }

    private Sides sides(Scenario scenario) throws Exception {
        Path sql = Files.createDirectories(work.resolve("sql"));
        scenario.revisions().forEach(revision -> revision.writeSql(sql));
        AlembicProject alembic = new AlembicProject(Files.createDirectories(work.resolve("alembic")),
                sqlAlchemyUrl(alembicDb), scenario.revisions());
        InProcessCli ours = new InProcessCli(Map.of("DATABASE_URL", sqlAlchemyUrl(ourDb),
                "MIGRATIONS_DIR", sql.toString()));
        return new Sides(alembic, ours);
    }

    /** Both tools on one scenario. */
    private record Sides(AlembicProject alembicProject, InProcessCli cli) {

        String alembic(String... args) throws Exception {
            return alembicProject.run(args);
        }

        String ours(String... args) {
            CliRun run = cli.run(args);
            assertThat(run.exitCode()).as("migrations %s failed: %s", String.join(" ", args), run.err()).isZero();
            return run.out();
        }

        void change(List<String> command) throws Exception {
            alembic(command.toArray(String[]::new));
            ours(command.toArray(String[]::new));
        }

        /** Alembic exits with 255 and ours with 2 (a usage error); both print a FAILED line. */
        void assertBothFail(List<String> command) throws Exception {
            String[] args = command.toArray(String[]::new);
            CliRun theirs = alembicProject.attempt(args);
            CliRun run = cli.run(args);
            assertThat(theirs.exitCode()).as("alembic %s", command).isNotZero();
            assertThat(theirs.out()).startsWith("FAILED: ");
            assertThat(run.exitCode()).as("migrations %s: %s", command, run.all()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).startsWith("FAILED: ");
        }

        void assertSameOutput(List<String> command) throws Exception {
            String[] args = command.toArray(String[]::new);
            assertThat(AlembicProject.comparable(ours(args))).as(String.join(" ", command))
                    .isEqualTo(AlembicProject.comparable(alembic(args)));
        }
    }

    /** {@code postgresql://user[:password]@host:port/db}, the URL form both tools accept. */
    static String sqlAlchemyUrl(TestDatabase database) {
        String password = database.password().isEmpty() ? "" : ":" + database.password();
        return "postgresql://" + database.user() + password + "@"
                + database.jdbcUrl().substring("jdbc:postgresql://".length());
    }
}
