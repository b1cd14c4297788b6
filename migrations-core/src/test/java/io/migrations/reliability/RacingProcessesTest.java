package io.migrations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.script.RevisionFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Replicas starting at once: several JVMs run {@code upgrade head} on one database at the same time. */
class RacingProcessesTest {

    private static final int PROCESSES = 8;
    private static final int REVISIONS = 50;
    @RegisterExtension
    static final Fixture fixture = new Fixture();

    @TempDir
    Path dir;

    static String id(int i) {
        return String.format("r%02d", i);
    }

    /** Revision i creates table t_i and records its effect once in {@code effects}. */
    static void writeRevisions(RevisionFiles files, int count, double sleepSeconds) {
        for (int i = 0; i < count; i++) {
            String create = i == 0 ? "CREATE TABLE effects (revision text NOT NULL, at timestamptz DEFAULT clock_timestamp());\n" : "";
            files.write(id(i), i == 0 ? "" : id(i - 1), create + "CREATE TABLE t_" + i + " (id int);\n"
                    + "INSERT INTO effects (revision) VALUES ('" + id(i) + "');\nSELECT pg_sleep(" + sleepSeconds + ");",
                    "DROP TABLE t_" + i + ";\nDELETE FROM effects WHERE revision = '" + id(i) + "';");
        }
    }

    @Test
    void everyProcessSucceedsAndEachRevisionIsAppliedOnce() throws Exception {
        writeRevisions(new RevisionFiles(dir), REVISIONS, 0.01);

        List<JavaProcess> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(JavaProcess.start(dir, fixture.args(dir, "--report-every", "200", "upgrade", "head")));
        }
        int applied = 0;
        for (JavaProcess process : processes) {
            assertThat(process.waitFor()).as(process.output()).isZero();
            fixture.assertNoPassword(List.of(process.output()));
            Matcher count = Pattern.compile("applied (\\d+)").matcher(process.output());
            assertThat(count.find()).as(process.output()).isTrue();
            applied += Integer.parseInt(count.group(1));
        }

        List<String> ids = IntStream.range(0, REVISIONS).mapToObj(RacingProcessesTest::id).toList();
        assertThat(applied).as("steps applied over all processes").isEqualTo(REVISIONS);
        assertThat(fixture.query("SELECT revision FROM effects ORDER BY at")).isEqualTo(ids);
        assertThat(fixture.query("SELECT revision FROM migrations_history ORDER BY id")).isEqualTo(ids);
        assertThat(fixture.query("SELECT count(*) FROM migrations_history WHERE NOT success")).containsExactly("0");
        assertThat(fixture.query("SELECT version_num FROM alembic_version")).containsExactly(id(REVISIONS - 1));
        assertThat(fixture.numberedTables()).hasSize(REVISIONS);
    }
}
