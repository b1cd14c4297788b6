package io.migrations.benchmarks;

import java.util.List;

/** One revision of a {@link Workload}, as every tool's format writes it. */
interface WorkloadRevision {

    /** A short name for file names and the message, e.g. {@code create_t_3}. */
    String name();

    /** The upgrade statements as a script, one statement per line, each ending in a semicolon. */
    String upgradeScript();

    /** The downgrade statements, written the same way. */
    String downgradeScript();

    /** {@code statements} as a script: one per line, each ending in a semicolon. */
    static String script(List<String> statements) {
        return String.join(";\n", statements) + ";\n";
    }
}
