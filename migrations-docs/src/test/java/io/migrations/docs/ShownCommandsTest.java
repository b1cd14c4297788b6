package io.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.docs.Markdown.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code migrations ...} commands that README.md and docs/ show are commands the CLI accepts. */
class ShownCommandsTest {

    @Test
    void shownCommandsAreKnownToTheCli() {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Path file : Docs.markdownFiles()) {
            for (Line command : ShownCommands.commandLines(Markdown.read(file).codeLines())) {
                checked++;
                ShownCommands.problem(command.text()).ifPresent(problem -> unknown.add(
                        Docs.relative(file) + ":" + command.number() + ": migrations " + command.text() + "\n    " + problem));
            }
        }
        assertThat(checked).as("commands shown").isGreaterThan(10);
        assertThat(unknown).as("commands the CLI does not accept").isEmpty();
    }

    @Test
    void everyCommandHasASectionInTheCliGuide() {
        Markdown cli = Markdown.read(Docs.docs().resolve("cli.md"));
        List<String> missing = new ArrayList<>();
        for (String command : ConfigurationReference.commands(ConfigurationReference.commandLine().getCommandSpec()).keySet()) {
            if (!cli.anchors().contains(Markdown.slug("migrations " + command))) {
                missing.add("migrations " + command);
            }
        }
        assertThat(missing).as("commands without a '## migrations <command>' heading in docs/cli.md").isEmpty();
    }

    @Test
    void unknownCommandsAndOptionsAreCaught() {
        assertThat(ShownCommands.problem("upgrade head")).isEmpty();
        assertThat(ShownCommands.problem("--url postgresql://localhost/db upgrade +1 --sql")).isEmpty();
        assertThat(ShownCommands.problem("history | head -3")).isEmpty();
        assertThat(ShownCommands.problem("graph [--format svg|html|mermaid|dot] [-o FILE] [--since REV]")).isEmpty();
        assertThat(ShownCommands.problem("upgrade head --no-such-option")).hasValueSatisfying(
                problem -> assertThat(problem).contains("--no-such-option"));
        assertThat(ShownCommands.problem("frobnicate")).isPresent();
        assertThat(ShownCommands.problem("graph [--format svg|png] [--colour]")).hasValue(
                "Unknown option: '--colour' for 'migrations graph'");
        assertThat(ShownCommands.problem("[--url URL] migrate")).hasValue("Unknown command: 'migrate'");
    }

    @Test
    void commandLinesAreReadTheWayAShellReadsThem() {
        assertThat(ShownCommands.words("revision -m \"Add users\" --format java   # a comment"))
                .containsExactly("revision", "-m", "Add users", "--format", "java");
        assertThat(ShownCommands.commandLines(List.of(new Line(3, "$ migrations upgrade \\"), new Line(4, "  head"),
                new Line(5, "echo migrations"))))
                .containsExactly(new Line(3, "upgrade  head"));
    }
}
