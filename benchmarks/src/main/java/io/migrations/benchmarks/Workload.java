package io.migrations.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A chain of {@code size} synthetic revisions written once in every tool's format under {@code root}:
 * <ul>
 *   <li>{@code ours/}: our SQL revisions, {@code <id>_create_t_<i>.sql}, each with a header, upgrade and downgrade;</li>
 *   <li>{@code sql/}: Flyway's {@code V<i>__create_t_<i>.sql}, which raw JDBC also runs in order;</li>
 *   <li>{@code liquibase/changelog.xml}: one change set per revision, each an {@code sqlFile} of {@code sql/}.</li>
 * </ul>
 * Every format runs the same statements ({@link RevisionSql}, or the {@link WorkloadRevision}s given), each revision in
 * its own transaction.
 *
 * @param size number of revisions
 * @param root folder holding the three formats
 */
record Workload(int size, Path root) {

    /** Liquibase's changelog, relative to {@link #root()} (its resource root). */
    static final String CHANGELOG = "liquibase/changelog.xml";

    private static final String CHANGELOG_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
            """;

    /** Writes {@code size} revisions of {@link RevisionSql} under {@code root}, which must not hold an earlier workload. */
    static Workload write(Path root, int size) {
        return write(root, size, RevisionSql::new);
    }

    /** Writes revisions 1 to {@code size} of {@code revisions} under {@code root}, which must be empty. */
    static Workload write(Path root, int size, IntFunction<WorkloadRevision> revisions) {
        if (size < 1) {
            throw new IllegalArgumentException("a workload needs at least one revision, got " + size);
        }
        Workload workload = new Workload(size, root);
        try {
            Files.createDirectories(workload.ours());
            Files.createDirectories(workload.sqlDir());
            Files.createDirectories(root.resolve(CHANGELOG).getParent());
            StringBuilder changelog = new StringBuilder(CHANGELOG_START);
            for (int i = 1; i <= size; i++) {
                WorkloadRevision revision = revisions.apply(i);
                Files.writeString(workload.ours().resolve(revisionId(i) + "_" + revision.name() + ".sql"),
                        oursFile(i, revision));
                Files.writeString(workload.sqlFile(i), revision.upgradeScript());
                changelog.append("  <changeSet id=\"").append(i).append("\" author=\"bench\">\n")
                        .append("    <sqlFile path=\"").append(root.relativize(workload.sqlFile(i))).append("\"/>\n")
                        .append("  </changeSet>\n");
            }
            Files.writeString(root.resolve(CHANGELOG), changelog.append("</databaseChangeLog>\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workload under " + root, e);
        }
        return workload;
    }

    /** Folder of our SQL revisions. */
    Path ours() {
        return root.resolve("ours");
    }

    /** Folder of Flyway's versioned files, also run by raw JDBC. */
    Path sqlDir() {
        return root.resolve("sql");
    }

    /** Flyway's file for revision {@code i} (1-based). */
    Path sqlFile(int i) {
        return sqlDir().resolve("V" + i + "__create_t_" + i + ".sql");
    }

    /** Every Flyway file in version order. */
    List<Path> sqlFiles() {
        return IntStream.rangeClosed(1, size).mapToObj(this::sqlFile).toList();
    }

    /**
     * Id of revision {@code i}: twelve hex digits like Alembic's, scattered (an odd multiplier is a bijection
     * modulo 2^48), so that nothing can profit from ids sorting in chain order.
     */
    static String revisionId(int i) {
        return String.format(Locale.ROOT, "%012x", (i * 0x9E3779B97F4BL + 1) & 0xFFFF_FFFF_FFFFL);
    }

    private static String oursFile(int i, WorkloadRevision revision) {
        List<String> lines = new ArrayList<>();
        lines.add("-- revision: " + revisionId(i));
        lines.add("-- down_revision: " + (i == 1 ? "" : revisionId(i - 1)));
        lines.add("-- message: " + revision.name().replace('_', ' '));
        lines.add("");
        lines.add("-- upgrade");
        lines.add(revision.upgradeScript());
        lines.add("-- downgrade");
        lines.add(revision.downgradeScript().stripTrailing());
        return String.join("\n", lines) + "\n";
    }
}
