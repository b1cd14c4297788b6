package io.migrations.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a {@link MigrateMain} command run in this JVM returned and printed.
 *
 * @param exit the exit code
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record CommandOutcome(int exit, String out, String err) {

    /** Runs the command, checking that neither its output nor anything logged meanwhile shows the fixture's password. */
    static CommandOutcome run(Fixture fixture, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (LogCapture logs = LogCapture.start()) {
            exit = MigrateMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            fixture.assertNoPassword(logs.lines());
        }
        CommandOutcome outcome = new CommandOutcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        fixture.assertNoPassword(List.of(outcome.out(), outcome.err()));
        return outcome;
    }
}
