package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolProcessTest {

    private final TestServer server = new TestServer("jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres", "",
            "parent benchmark process");

    @Test
    void argumentsReadBackToTheSameProcess() {
        for (String command : List.of(ToolProcess.CHECK, ToolProcess.APPLY)) {
            ToolProcess process = new ToolProcess(command, "ours-run", new TestDatabase(server, "bench_ours_5000_ab12"),
                    new Workload(5000, Path.of("/tmp/w/n5000")));

            assertThat(process.arguments().get(0)).isEqualTo(command);
            assertThat(ToolProcess.selects(process.arguments())).isTrue();
            assertThat(ToolProcess.parse(process.arguments())).isEqualTo(process);
        }
        assertThat(ToolProcess.selects(List.of("--runs=3"))).isFalse();
    }

    @Test
    void rejectsAnIncompleteCommandLineOrAnUnknownCommand() {
        assertThatThrownBy(() -> ToolProcess.parse(List.of("check", "ours")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("usage: check|apply <tool>");
        assertThatThrownBy(() -> new ToolProcess("drop", "ours", new TestDatabase(server, "x"),
                new Workload(1, Path.of("/tmp/w"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("got command drop");
    }
}
