package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Path OUTPUT = Path.of("target/results.json");

    @Test
    void defaultsAreTheFullRun() {
        Options options = Options.parse(List.of(), OUTPUT);

        assertThat(options.runs()).isEqualTo(3);
        assertThat(options.applySizes()).containsExactly(1000, 5000);
        assertThat(options.graphSizes()).containsExactly(10_000, 100_000);
        assertThat(options.renderSizes()).containsExactly(1000, 2000);
        assertThat(options.scenarios()).containsExactlyInAnyOrderElementsOf(Options.SCENARIOS);
        assertThat(options.output()).isEqualTo(OUTPUT);
        assertThat(options.durableCommits()).isFalse();
        assertThat(options.tools()).containsExactly("jdbc", "ours", "flyway", "liquibase");
    }

    @Test
    void readsEveryOption() {
        Options options = Options.parse(List.of("--runs=5", "--apply-sizes=10,20", "--graph-sizes=300",
                "--render-sizes=40", "--scenarios=graph", "--output=/tmp/r.json", "--durable-commits",
                "--tools=jdbc,ours", "--fleet-schemas=30", "--fleet-revisions=6", "--fleet-parallel=1,4",
                "--fleet-memory-schemas=0", "--cli-jar=/tmp/m.jar", "--fleet-rounds=2"), OUTPUT);

        assertThat(options).isEqualTo(new Options(5, List.of(10, 20), List.of(300), List.of(40), java.util.Set.of("graph"),
                Path.of("/tmp/r.json"), true, List.of("jdbc", "ours"),
                new FleetSizes(30, 6, List.of(1, 4), 0, Path.of("/tmp/m.jar"), 2)));
    }

    @Test
    void rejectsFewerThanThreeRuns() {
        assertThatThrownBy(() -> Options.parse(List.of("--runs=2"), OUTPUT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--runs must be 3 or more");
    }

    @Test
    void rejectsChecksWithoutTheApplyThatPreparesTheirDatabases() {
        assertThatThrownBy(() -> Options.parse(List.of("--scenarios=check,graph"), OUTPUT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add apply");
    }

    @Test
    void rejectsUnknownOptionsAndScenarios() {
        assertThatThrownBy(() -> Options.parse(List.of("--fast=yes"), OUTPUT))
                .hasMessageContaining("Unknown option '--fast=yes'");
        assertThat(Options.parse(List.of("--scenarios=apply-process", "--tools=jdbc,ours-run"), OUTPUT).scenarios())
                .containsExactly(ProcessApplyScenario.NAME);
        assertThatThrownBy(() -> Options.parse(List.of("--scenarios=apply,warp"), OUTPUT))
                .hasMessageContaining("--scenarios takes");
        assertThatThrownBy(() -> Options.parse(List.of("--tools=jdbc,sqitch"), OUTPUT))
                .hasMessageContaining("Unknown tool 'sqitch'");
        assertThatThrownBy(() -> Options.parse(List.of("runs"), OUTPUT))
                .hasMessageContaining("options look like --runs=5");
    }
}
