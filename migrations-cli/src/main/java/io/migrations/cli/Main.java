package io.migrations.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code java -jar migrations.jar <command>}: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: revision messages are UTF-8, and containers often run with LANG unset.
        int code = new Cli(System.getenv(), writer(System.out), writer(System.err)).execute(args);
        System.exit(code);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
