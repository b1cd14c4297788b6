package io.migrations.benchmarks;

import io.migrations.api.TransactionPer;
import java.util.List;
import java.util.stream.Stream;

/** The tools compared, raw JDBC (the floor) first. */
final class Tools {

    /** Ours with one transaction for the whole run: opt-in, as a long run may exceed the server's lock table. */
    static final Tool OURS_RUN = new OursTool(TransactionPer.RUN);

    private Tools() {
    }

    /** Every tool a default run compares, in the order the table shows them. */
    static List<Tool> all() {
        return List.of(new JdbcTool(), new OursTool(TransactionPer.REVISION), new FlywayTool(), new LiquibaseTool());
    }

    /** The tool called {@code name}, {@code ours-run} included. */
    static Tool named(String name) {
        return known().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown tool '" + name + "'; known: "
                        + known().map(Tool::name).toList()));
    }

    private static Stream<Tool> known() {
        return Stream.concat(all().stream(), Stream.of(OURS_RUN));
    }
}
