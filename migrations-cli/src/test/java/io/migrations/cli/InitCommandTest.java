package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path work;

    @Test
    void createsTheFolderWithAReadmeThenRefusesToOverwrite() throws Exception {
        Path dir = work.resolve("db/migrations");
        InProcessCli cli = InProcessCli.of(dir);

        CliRun created = cli.run("init");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Creating directory " + dir + " ...  done",
                "Generating " + dir.resolve("README") + " ...  done");
        assertThat(Files.readString(dir.resolve("README"))).contains("-- revision:", "-- down_revision:",
                "migrations revision -m");

        CliRun again = cli.run("init");
        assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).isEqualTo("FAILED: Directory " + dir + " already exists and is not empty\n");
    }

    @Test
    void takesTheFolderAsArgumentAndTheReadmeIsNotARevision() {
        Path dir = work.resolve("elsewhere");
        InProcessCli cli = InProcessCli.of(dir);

        assertThat(cli.run("init", dir.toString()).exitCode()).isZero();
        CliRun history = cli.run("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).isEmpty();
    }
}
