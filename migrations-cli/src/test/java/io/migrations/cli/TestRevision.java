package io.migrations.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A revision written two ways for side-by-side checks: as our SQL file and as the Python file Alembic's
 * template would produce, with the same header values and the same statements.
 *
 * @param id        revision id
 * @param down      parents
 * @param labels    branch labels
 * @param dependsOn dependencies
 * @param message   message
 * @param upgrade   one upgrade statement, without semicolon
 * @param downgrade one downgrade statement, without semicolon
 */
record TestRevision(String id, List<String> down, List<String> labels, List<String> dependsOn, String message,
                    String upgrade, String downgrade) {

    static final String CREATE_DATE = "2026-01-02 03:04:05.000006";

    /**
     * A revision creating table {@code t_<id>} and dropping it on downgrade; both tolerate a stamped database
     * where the table already exists or is already gone.
     */
    static TestRevision of(String id, String... down) {
        return new TestRevision(id, List.of(down), List.of(), List.of(), "rev " + id,
                "CREATE TABLE IF NOT EXISTS t_" + id + " (id int)", "DROP TABLE IF EXISTS t_" + id);
    }

    /**
     * Writes a graph with every shape into {@code dir}: aaa111 forks into bbb222 and ccc333 (label {@code orders}),
     * merged by ddd444; eee555 (label {@code audit}) is a second base that depends on bbb222.
     */
    static void writeBranchedGraph(Path dir) {
        of("aaa111").message("init").writeSql(dir);
        of("bbb222", "aaa111").message("Add users table").writeSql(dir);
        of("ccc333", "aaa111").message("Add orders").labels("orders").writeSql(dir);
        of("ddd444", "bbb222", "ccc333").message("Merge").writeSql(dir);
        of("eee555").message("Audit").labels("audit").dependsOn("bbb222").writeSql(dir);
    }

    TestRevision labels(String... values) {
        return new TestRevision(id, down, List.of(values), dependsOn, message, upgrade, downgrade);
    }

    TestRevision dependsOn(String... values) {
        return new TestRevision(id, down, labels, List.of(values), message, upgrade, downgrade);
    }

    TestRevision message(String value) {
        return new TestRevision(id, down, labels, dependsOn, value, upgrade, downgrade);
    }

    TestRevision statements(String upgradeSql, String downgradeSql) {
        return new TestRevision(id, down, labels, dependsOn, message, upgradeSql, downgradeSql);
    }

    /** File name without extension, {@code <id>_<slug>}. */
    String baseName() {
        return id + "_" + message.toLowerCase().replaceAll("\\W+", "_");
    }

    /** Writes the SQL revision into {@code dir}. */
    Path writeSql(Path dir) {
        return write(dir.resolve(baseName() + ".sql"), String.join("\n",
                "-- revision: " + id,
                "-- down_revision: " + String.join(", ", down),
                "-- message: " + message,
                "-- create_date: " + CREATE_DATE,
                "-- branch_labels: " + String.join(", ", labels),
                "-- depends_on: " + String.join(", ", dependsOn),
                "",
                "-- upgrade",
                upgrade + ";",
                "",
                "-- downgrade",
                downgrade + ";",
                ""));
    }

    /** Writes the Python revision Alembic's generic template would produce into {@code dir}. */
    Path writePython(Path dir) {
        return write(dir.resolve(baseName() + ".py"), String.join("\n",
                "\"\"\"" + message,
                "",
                "Revision ID: " + id,
                "Revises: " + String.join(", ", down),
                "Create Date: " + CREATE_DATE,
                "",
                "\"\"\"",
                "from alembic import op",
                "",
                "revision = " + quote(id),
                "down_revision = " + python(down),
                "branch_labels = " + python(labels),
                "depends_on = " + python(dependsOn),
                "",
                "def upgrade():",
                "    op.execute(" + quote(upgrade) + ")",
                "",
                "def downgrade():",
                "    op.execute(" + quote(downgrade) + ")",
                ""));
    }

    private static String python(List<String> values) {
        if (values.isEmpty()) {
            return "None";
        }
        return values.size() == 1 ? quote(values.get(0))
                : values.stream().map(TestRevision::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
