package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every tool really applies the workload, and its check on an applied database runs nothing. */
class ToolsTest {

    private static final int SIZE = 3;

    @TempDir
    static Path dir;
    private static Workload workload;
    private static Databases databases;

    @BeforeAll
    static void writeWorkload() {
        workload = Workload.write(dir, SIZE);
        databases = new Databases(TestServers.find(), false);
    }

    @AfterAll
    static void dropDatabases() {
        databases.close();
    }

    static List<Tool> tools() {
        return java.util.stream.Stream.concat(Tools.all().stream(), java.util.stream.Stream.of(Tools.OURS_RUN)).toList();
    }

    @ParameterizedTest
    @MethodSource("tools")
    void appliesEveryRevisionThenChecksWithoutRunningAny(Tool tool) throws Exception {
        TestDatabase db = databases.create("tools_" + tool.name());

        tool.apply(db, workload);
        AppliedSchema.verify(db, SIZE, tool.name());
        List<String> before = tables(db);
        tool.check(db, workload);

        assertThat(tables(db)).isEqualTo(before).contains("t_1", "t_2", "t_3");
        AppliedSchema.verify(db, SIZE, tool.name());
    }

    @Test
    void toolsAreNamedAndFoundByName() {
        assertThat(Tools.all()).extracting(Tool::name).containsExactly("jdbc", "ours", "flyway", "liquibase");
        assertThat(Tools.named("flyway")).isInstanceOf(FlywayTool.class);
        assertThat(Tools.named("ours-run")).isEqualTo(new OursTool(io.migrations.api.TransactionPer.RUN));
        assertThatThrownBy(() -> Tools.named("sqitch")).hasMessageContaining("Unknown tool 'sqitch'");
    }

    @Test
    void verificationNoticesAnIncompleteApply() throws Exception {
        TestDatabase db = databases.create("tools_incomplete");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(new RevisionSql(1).upgradeScript());
        }

        assertThatThrownBy(() -> AppliedSchema.verify(db, SIZE, "half"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("half left 1 workload tables in ")
                .hasMessageEndingWith(", expected 3");
    }

    /** Every table in the public schema: the workload's and the tool's own bookkeeping. */
    private static List<String> tables(TestDatabase db) throws Exception {
        return AppliedSchema.tables(db);
    }
}
