package io.migrations.benchmarks;

import java.util.List;

/** The tools compared, raw JDBC (the floor) first. */
final class Tools {

    private Tools() {
    }

    /** Every tool, in the order the table shows them. */
    static List<Tool> all() {
        return List.of(new JdbcTool(), new OursTool(), new FlywayTool(), new LiquibaseTool());
    }

    /** The tool called {@code name}. */
    static Tool named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown tool '" + name + "'; known: "
                        + all().stream().map(Tool::name).toList()));
    }
}
