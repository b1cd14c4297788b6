package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that only read revision files, on a graph with a branch, a label, a dependency and a merge. */
class ReadCommandsTest {

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void writeGraph() {
        TestRevision.writeBranchedGraph(dir);
        cli = InProcessCli.of(dir);
    }

    @Test
    void historyListsNewestFirstWithAlembicsMarkers() {
        assertThat(cli.run("history").out()).isEqualTo("""
                bbb222, ccc333 -> ddd444 (orders) (head) (mergepoint), Merge
                <base> (bbb222) -> eee555 (audit) (head), Audit
                aaa111 -> bbb222, Add users table
                aaa111 -> ccc333 (orders), Add orders
                <base> -> aaa111 (branchpoint), init
                """);
    }

    @Test
    void historyRangesLimitTheWalk() {
        assertThat(cli.run("history", "-r", "ccc333:ddd444").out()).isEqualTo("""
                bbb222, ccc333 -> ddd444 (orders) (head) (mergepoint), Merge
                aaa111 -> ccc333 (orders), Add orders
                """);
        CliRun bad = cli.run("history", "-r", "ccc333");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("History range requires [start]:[end], [start]:, or :[end]");
    }

    @Test
    void verboseEntriesCarryTheDocstringAlembicsTemplateWrites() {
        assertThat(cli.run("show", "aaa111").out()).isEqualTo(String.join("\n",
                "Rev: aaa111 (branchpoint)",
                "Parent: <base>",
                "Branches into: bbb222, ccc333",
                "Path: " + dir.resolve("aaa111_init.sql"),
                "",
                "    init",
                "    ",
                "    Revision ID: aaa111",
                "    Revises: ",
                "    Create Date: 2026-01-02 03:04:05.000006",
                "",
                ""));
        assertThat(cli.run("show", "eee").out()).contains("Rev: eee555 (head)\n", "Parent: <base>\n",
                "Also depends on: bbb222\n", "Branch names: audit\n");
        assertThat(cli.run("show", "ddd444").out()).contains("Rev: ddd444 (head) (mergepoint)\n",
                "Merges: bbb222, ccc333\nBranch names: orders\n");
    }

    @Test
    void headsAndBranches() {
        assertThat(cli.run("heads").out()).isEqualTo("ddd444 (orders) (head)\neee555 (audit) (head)\n");
        assertThat(cli.run("branches").out()).isEqualTo("""
                aaa111 (branchpoint)
                       -> bbb222
                       -> ccc333 (orders)

                """);
        assertThat(cli.run("branches", "-v").out()).startsWith("Rev: aaa111 (branchpoint)\n")
                .endsWith("\n       -> bbb222, Add users table\n       -> ccc333 (orders), Add orders\n\n");
        assertThat(cli.run("heads", "-v").out()).contains("Rev: ddd444 (head) (mergepoint)", "Rev: eee555 (head)");
    }

    @Test
    void showResolvesTargetsAndRejectsUnknownOnes() {
        assertThat(cli.run("show", "heads").out()).contains("Rev: ddd444", "Rev: eee555");
        assertThat(cli.run("show", "orders@head").out()).startsWith("Rev: ddd444");
        CliRun unknown = cli.run("show", "fff");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("FAILED: ").contains("fff");
    }
}
