package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One tool's apply or no-op check in a JVM of its own, as a deploy or an application start pays it: the command line
 * that the whole-process scenarios start, and the code that runs at the other end.
 *
 * @param command  {@link #APPLY} or {@link #CHECK}
 * @param tool     name of the tool
 * @param db       the database (not dropped by the child)
 * @param workload the workload to apply, or that was applied
 */
record ToolProcess(String command, String tool, TestDatabase db, Workload workload) {

    /** First argument that selects the no-op check in {@link BenchmarkMain}. */
    static final String CHECK = "check";
    /** First argument that selects the apply in {@link BenchmarkMain}. */
    static final String APPLY = "apply";

    ToolProcess {
        if (!CHECK.equals(command) && !APPLY.equals(command)) {
            throw new IllegalArgumentException("usage: check|apply <tool> <server-url> <admin-db> <user> <password> "
                    + "<database> <workload-dir> <n>; got command " + command);
        }
    }

    /** Whether {@code args} select a child process. */
    static boolean selects(List<String> args) {
        return !args.isEmpty() && (CHECK.equals(args.get(0)) || APPLY.equals(args.get(0)));
    }

    /** The arguments that {@link #parse} reads back. */
    List<String> arguments() {
        TestServer server = db.server();
        return List.of(command, tool, server.baseUrl(), server.adminDb(), server.user(), server.password(), db.name(),
                workload.root().toString(), Integer.toString(workload.size()));
    }

    /** Reads {@link #arguments()} back. */
    static ToolProcess parse(List<String> args) {
        if (args.size() != 9) {
            throw new IllegalArgumentException("usage: check|apply <tool> <server-url> <admin-db> <user> <password> "
                    + "<database> <workload-dir> <n>; got " + args);
        }
        TestServer server = new TestServer(args.get(2), args.get(3), args.get(4), args.get(5), "parent benchmark process");
        return new ToolProcess(args.get(0), args.get(1), new TestDatabase(server, args.get(6)),
                new Workload(Integer.parseInt(args.get(8)), Path.of(args.get(7))));
    }

    /** Runs the apply or the check in this JVM. */
    void run() throws Exception {
        Tool named = Tools.named(tool);
        if (APPLY.equals(command)) {
            named.apply(db, workload);
        } else {
            named.check(db, workload);
        }
    }

    /**
     * Starts this in a new JVM with {@code java} and waits for it.
     *
     * @throws IllegalStateException when the child exits with an error, with its output
     */
    void launch(JavaCommand java) throws IOException, InterruptedException {
        ChildProcess.run("The " + tool + " " + command + " process", java.command(arguments()), Map.of());
    }
}
