package io.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** docs/configuration.md is exactly what {@link ConfigurationReference} generates from the code. */
class ConfigurationReferenceTest {

    private static final Path FILE = Docs.docs().resolve("configuration.md");

    @Test
    void configurationReferenceIsCurrent() throws IOException {
        String generated = ConfigurationReference.markdown();
        if (Boolean.getBoolean("docs.write")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
            System.out.println("Wrote " + FILE);
            return;
        }
        String current = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (!current.equals(generated)) {
            fail("docs/configuration.md is out of date (" + firstDifference(current, generated) + "). A property or a "
                    + "CLI option changed: regenerate it from the repository root with\n    "
                    + ConfigurationReference.REGENERATE + "\nand commit the result.");
        }
    }

    @Test
    void everyPropertyAndEveryOptionIsListed() {
        String generated = ConfigurationReference.markdown();
        List<ConfigurationMetadataProperty> properties = ConfigurationReference.properties();
        assertThat(properties).extracting(ConfigurationMetadataProperty::getId)
                .contains("migrations.enabled", "migrations.locations", "migrations.lint.fail-on",
                        "management.health.migrations.enabled");
        for (ConfigurationMetadataProperty property : properties) {
            assertThat(generated).contains("| `" + property.getId() + "` |");
        }
        CommandSpec root = ConfigurationReference.commandLine().getCommandSpec();
        assertThat(generated).contains("| `--url` `<url>` | `DATABASE_URL` |", "`MIGRATIONS_LOCK_WAIT_TIMEOUT`");
        for (CommandSpec command : ConfigurationReference.commands(root).values()) {
            assertThat(generated).contains("### migrations " + command.name() + "\n");
            for (OptionSpec option : command.options()) {
                if (!option.hidden() && !option.usageHelp() && !option.versionHelp()) {
                    assertThat(generated).contains("`" + option.longestName() + "`");
                }
            }
        }
    }

    @Test
    void everyMavenGoalAndParameterIsListed() {
        String generated = ConfigurationReference.markdown();
        MavenPluginDescriptor plugin = MavenPluginDescriptor.read();
        assertThat(plugin.goals()).extracting(MavenPluginDescriptor.Goal::name).contains("upgrade", "revision");
        for (MavenPluginDescriptor.Goal goal : plugin.goals()) {
            assertThat(generated).contains("### migrations:" + goal.name() + "\n");
            for (MavenPluginDescriptor.Parameter parameter : goal.parameters()) {
                assertThat(generated).contains("| `" + parameter.name() + "` | `" + parameter.property() + "` |");
            }
        }
    }

    private static String firstDifference(String current, String generated) {
        String[] a = current.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + " is\n    " + a[i] + "\nbut the code gives\n    " + b[i] + "\n";
            }
        }
        return a.length < b.length ? "the code gives more lines, from line " + (a.length + 1)
                : "the file has extra lines from line " + (b.length + 1);
    }
}
