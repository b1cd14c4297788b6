package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckProcessTest {

    @Test
    void argumentsReadBackToTheSameCheck() {
        TestServer server = new TestServer("jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres", "",
                "parent benchmark process");
        CheckProcess check = new CheckProcess("flyway", new TestDatabase(server, "bench_flyway_5000_ab12"),
                new Workload(5000, Path.of("/tmp/w/n5000")));

        assertThat(check.arguments().get(0)).isEqualTo(CheckProcess.COMMAND);
        assertThat(CheckProcess.parse(check.arguments())).isEqualTo(check);
    }

    @Test
    void rejectsAnIncompleteCommandLine() {
        assertThatThrownBy(() -> CheckProcess.parse(List.of("check", "ours")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("usage: check <tool>");
    }
}
