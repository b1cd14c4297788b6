package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    @TempDir
    Path dir;

    @Test
    void writesOneRevisionPerFormatChainedInOrder() throws Exception {
        Workload workload = Workload.write(dir, 3);

        assertThat(files(workload.ours())).containsExactlyInAnyOrder(
                Workload.revisionId(1) + "_create_t_1.sql",
                Workload.revisionId(2) + "_create_t_2.sql",
                Workload.revisionId(3) + "_create_t_3.sql");
        assertThat(Files.readString(workload.ours().resolve(Workload.revisionId(2) + "_create_t_2.sql")))
                .startsWith("-- revision: " + Workload.revisionId(2) + "\n-- down_revision: " + Workload.revisionId(1) + "\n")
                .contains("-- upgrade\nCREATE TABLE t_2 (", "CREATE INDEX t_2_name_idx ON t_2 (name);\nINSERT INTO t_2 ")
                .endsWith("-- downgrade\nDROP TABLE t_2;\n");
        assertThat(Files.readString(workload.ours().resolve(Workload.revisionId(1) + "_create_t_1.sql")))
                .contains("-- down_revision: \n");
        assertThat(files(workload.sqlDir())).containsExactlyInAnyOrder(
                "V1__create_t_1.sql", "V2__create_t_2.sql", "V3__create_t_3.sql");
        assertThat(workload.sqlFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("V1__create_t_1.sql", "V2__create_t_2.sql", "V3__create_t_3.sql");
    }

    @Test
    void everyFormatRunsTheSameStatements() throws Exception {
        Workload workload = Workload.write(dir, 2);
        String flyway = Files.readString(workload.sqlFile(2));

        assertThat(flyway).isEqualTo(new RevisionSql(2).upgradeScript());
        assertThat(Files.readString(workload.ours().resolve(Workload.revisionId(2) + "_create_t_2.sql"))).contains(flyway);
        assertThat(flyway.split(";\n")).hasSize(3);
    }

    @Test
    void changelogHasOneChangeSetPerRevisionPointingAtTheSqlFiles() throws Exception {
        Workload workload = Workload.write(dir, 2);
        String changelog = Files.readString(dir.resolve(Workload.CHANGELOG));

        assertThat(changelog)
                .contains("<changeSet id=\"1\" author=\"bench\">\n    <sqlFile path=\"sql/V1__create_t_1.sql\"/>")
                .contains("<changeSet id=\"2\" author=\"bench\">\n    <sqlFile path=\"sql/V2__create_t_2.sql\"/>")
                .endsWith("</databaseChangeLog>\n");
        assertThat(changelog.split("<changeSet ")).hasSize(3);
    }

    @Test
    void revisionIdsAreDistinctScatteredAndValid() {
        Set<String> ids = new HashSet<>();
        IntStream.rangeClosed(1, 200_000).mapToObj(Workload::revisionId).forEach(ids::add);

        assertThat(ids).hasSize(200_000).allMatch(id -> id.matches("[0-9a-f]{12}"));
        assertThat(List.of(Workload.revisionId(1), Workload.revisionId(2), Workload.revisionId(3)))
                .isNotEqualTo(List.of(Workload.revisionId(1), Workload.revisionId(2), Workload.revisionId(3)).stream()
                        .sorted().toList());
    }

    @Test
    void rejectsAnEmptyWorkload() {
        assertThatThrownBy(() -> Workload.write(dir, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one revision");
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).toList();
        }
    }
}
