package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCommandTest {

    private static final Pattern GENERATED = Pattern.compile("Generating (\\S+) \\.\\.\\.  done\n");

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void setUp() {
        cli = InProcessCli.of(dir);
    }

    @Test
    void writesARandomIdOnTopOfTheHeadAndPrintsThePath() throws Exception {
        Path first = generated(cli.run("revision", "-m", "Create users table"));
        assertThat(first.getFileName().toString()).matches("[0-9a-f]{12}_create_users_table\\.sql");
        String firstId = first.getFileName().toString().substring(0, 12);
        assertThat(Files.readString(first)).contains("-- revision: " + firstId, "-- message: Create users table")
                .contains("-- down_revision:\n");

        Path second = generated(cli.run("revision", "-m", "Add email"));
        assertThat(Files.readString(second)).contains("-- down_revision: " + firstId);
        assertThat(cli.run("heads").out()).isEqualTo(second.getFileName().toString().substring(0, 12) + " (head)\n");
    }

    @Test
    void takesAnIdHeadSpliceLabelAndDependency() throws Exception {
        cli.run("revision", "-m", "one", "--rev-id", "aaa111");
        cli.run("revision", "-m", "two", "--rev-id", "bbb222");

        CliRun notHead = cli.run("revision", "-m", "side", "--rev-id", "ccc333", "--head", "aaa111");
        assertThat(notHead.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notHead.err()).contains("Revision aaa111 is not a head revision; please specify --splice");

        Path spliced = generated(cli.run("revision", "-m", "side", "--rev-id", "ccc333", "--head", "aaa", "--splice",
                "--branch-label", "side", "--depends-on", "bbb"));
        assertThat(Files.readString(spliced)).contains("-- down_revision: aaa111", "-- branch_labels: side",
                "-- depends_on: bbb222");
        assertThat(cli.run("heads").out()).isEqualTo("bbb222 (effective head)\nccc333 (side) (head)\n");

        Path onLabel = generated(cli.run("revision", "-m", "more", "--rev-id", "ddd444", "--head", "side@head",
                "--depends-on", "side"));
        assertThat(Files.readString(onLabel)).contains("-- down_revision: ccc333", "-- depends_on: side");
    }

    @Test
    void refusesToGuessBetweenHeadsAndMergesThem() throws Exception {
        cli.run("revision", "-m", "root", "--rev-id", "aaa111");
        cli.run("revision", "-m", "left", "--rev-id", "bbb222");
        cli.run("revision", "-m", "right", "--rev-id", "ccc333", "--head", "aaa111", "--splice");

        CliRun ambiguous = cli.run("revision", "-m", "next");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.err()).startsWith("FAILED: Multiple heads are present (bbb222, ccc333)")
                .contains("merge").doesNotContain("\tat ");

        Path merge = generated(cli.run("merge", "-m", "merge heads", "heads", "--rev-id", "ddd444"));
        assertThat(Files.readString(merge)).contains("-- down_revision: bbb222, ccc333", "-- message: merge heads");
        assertThat(cli.run("history").out()).startsWith("bbb222, ccc333 -> ddd444 (head) (mergepoint), merge heads\n");

        CliRun notHeads = cli.run("merge", "-m", "again", "aaa111", "ddd444");
        assertThat(notHeads.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notHeads.err()).contains("Revision aaa111 is not a head revision");
    }

    @Test
    void refusesDuplicateIdsAndLabels() {
        cli.run("revision", "-m", "one", "--rev-id", "aaa111", "--branch-label", "core");

        assertThat(cli.run("revision", "-m", "again", "--rev-id", "aaa111").err())
                .contains("Revision aaa111 already exists");
        assertThat(cli.run("revision", "-m", "two", "--rev-id", "bbb222", "--head", "base", "--branch-label", "core").err())
                .contains("Branch name 'core' is already used by revision aaa111");
        assertThat(cli.run("revision", "-m", "bad", "--rev-id", "no-dashes").err())
                .contains("Invalid revision id 'no-dashes'");
    }

    @Test
    void failsClearlyWithoutTheFolder() {
        CliRun run = InProcessCli.of(dir.resolve("missing")).run("revision", "-m", "x");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("FAILED: The revisions folder " + dir.resolve("missing") + " does not exist. "
                + "Run 'migrations init' to create it, or point --dir (or MIGRATIONS_DIR) at your revisions.\n");
    }

    private static Path generated(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = GENERATED.matcher(run.out());
        assertThat(m.matches()).as(run.out()).isTrue();
        return Path.of(m.group(1));
    }
}
