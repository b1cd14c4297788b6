package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServer;
import java.nio.file.Path;
import java.util.List;

/**
 * One no-op check in a JVM of its own, as an application start pays it: the command line that
 * {@link ProcessCheckScenario} starts, and the code that runs at the other end.
 *
 * @param tool     name of the tool
 * @param db       the database the tool migrated (not dropped by the child)
 * @param workload the workload that was applied
 */
record CheckProcess(String tool, TestDatabase db, Workload workload) {

    /** First argument that selects this mode in {@link BenchmarkMain}. */
    static final String COMMAND = "check";

    /** The arguments after {@link #COMMAND} that {@link #parse} reads back. */
    List<String> arguments() {
        TestServer server = db.server();
        return List.of(COMMAND, tool, server.baseUrl(), server.adminDb(), server.user(), server.password(), db.name(),
                workload.root().toString(), Integer.toString(workload.size()));
    }

    /** Reads {@link #arguments()} back, {@link #COMMAND} included. */
    static CheckProcess parse(List<String> args) {
        if (args.size() != 9 || !COMMAND.equals(args.get(0))) {
            throw new IllegalArgumentException("usage: check <tool> <server-url> <admin-db> <user> <password> <database> "
                    + "<workload-dir> <n>; got " + args);
        }
        TestServer server = new TestServer(args.get(2), args.get(3), args.get(4), args.get(5), "parent benchmark process");
        return new CheckProcess(args.get(1), new TestDatabase(server, args.get(6)),
                new Workload(Integer.parseInt(args.get(8)), Path.of(args.get(7))));
    }

    /** Runs the check in this JVM. */
    void run() throws Exception {
        Tools.named(tool).check(db, workload);
    }
}
