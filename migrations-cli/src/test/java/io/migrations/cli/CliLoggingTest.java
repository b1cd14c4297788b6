package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.fleet.Fleet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The command line tool's log lines: Alembic's layout, a fleet target's name, and a progress line below them. */
class CliLoggingTest {

    @Test
    void aFleetTargetsLinesNameItAndTheProgressLineStaysBelowThemUntilErased() {
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(CliLogging.Lines.class);
        String written;
        synchronized (InProcessCli.class) {
            PrintStream original = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                CliLogging.footer("Fleet: 1/2 done");
                MDC.put(Fleet.TARGET_KEY, "tenant_1");
                try {
                    LoggerFactory.getLogger("io.migrations.example").info("Running {}", "upgrade");
                } finally {
                    MDC.remove(Fleet.TARGET_KEY);
                }
                LoggerFactory.getLogger("io.migrations.example").info("Done");
                CliLogging.footer(null);
                LoggerFactory.getLogger("io.migrations.example").info("After");
            } finally {
                System.setErr(original);
            }
            written = captured.toString(StandardCharsets.UTF_8);
        }
        String clear = CliLogging.CLEAR_LINE;
        String newline = System.lineSeparator();
        assertThat(written).isEqualTo(clear + "Fleet: 1/2 done"
                + clear + "INFO  [io.migrations.example] tenant_1: Running upgrade" + newline + "Fleet: 1/2 done"
                + clear + "INFO  [io.migrations.example] Done" + newline + "Fleet: 1/2 done"
                + clear
                + "INFO  [io.migrations.example] After" + newline);
    }
}
