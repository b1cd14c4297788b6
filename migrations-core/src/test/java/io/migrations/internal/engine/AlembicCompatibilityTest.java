package io.migrations.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.TestCatalogs;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.script.RevisionFiles;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real Alembic ({@code alembic} on the PATH, Debian package {@code alembic}) against the same database:
 * a database Alembic migrated is picked up as is, and Alembic reads what we wrote.
 */
class AlembicCompatibilityTest {

    private static TestDatabase db;

    @TempDir
    Path work;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("AlembicCompatibilityTest");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void continuesFromAlembicAndAlembicReadsTheResult() throws Exception {
        Path project = alembicProject();
        pyRevision(project, "aaa111", null, "CREATE TABLE a (id int)", "DROP TABLE a");
        pyRevision(project, "bbb222", "aaa111", "CREATE TABLE b (id int)", "DROP TABLE b");
        assertThat(alembic(project, "upgrade", "head")).isEmpty();

        Path sqlDir = Files.createDirectories(work.resolve("sql"));
        RevisionFiles files = new RevisionFiles(sqlDir);
        files.write("aaa111", "", "CREATE TABLE a (id int);", "DROP TABLE a;");
        files.write("bbb222", "aaa111", "CREATE TABLE b (id int);", "DROP TABLE b;");
        files.write("ccc333", "bbb222", "CREATE TABLE c (id int);", "DROP TABLE c;");
        Migrations ours = Migrations.create(MigrationsConfig.builder()
                .dataSource(new UrlDataSource(new DatabaseUrl(db.jdbcUrl(), db.user(), db.password())))
                .locations("filesystem:" + sqlDir).build());

        assertThat(ours.current()).containsExactly("bbb222");
        assertThat(ours.upgrade("head").steps()).hasSize(1);
        assertThat(tables()).contains("a", "b", "c");

        pyRevision(project, "ccc333", "bbb222", "CREATE TABLE c (id int)", "DROP TABLE c");
        assertThat(alembic(project, "current")).contains("ccc333 (head)");
        alembic(project, "downgrade", "bbb222");
        assertThat(ours.current()).containsExactly("bbb222");
        assertThat(tables()).doesNotContain("c");
    }

    private Path alembicProject() throws IOException {
        Path project = Files.createDirectories(work.resolve("alembic"));
        Files.createDirectories(project.resolve("versions"));
        String url = "postgresql://" + db.user() + (db.password().isEmpty() ? "" : ":" + db.password()) + "@"
                + db.jdbcUrl().substring("jdbc:postgresql://".length());
        Files.writeString(project.resolve("alembic.ini"), "[alembic]\nscript_location = " + project
                + "\nsqlalchemy.url = " + url.replace("%", "%%") + "\n");
        Files.writeString(project.resolve("env.py"), String.join("\n",
                "from alembic import context",
                "from sqlalchemy import create_engine",
                "engine = create_engine(context.config.get_main_option('sqlalchemy.url'))",
                "with engine.connect() as connection:",
                "    context.configure(connection=connection)",
                "    with context.begin_transaction():",
                "        context.run_migrations()",
                ""));
        return project;
    }

    private static void pyRevision(Path project, String id, String down, String upgrade, String downgrade) throws IOException {
        Files.writeString(project.resolve("versions").resolve(id + "_rev.py"), String.join("\n",
                "from alembic import op",
                "revision = '" + id + "'",
                "down_revision = " + (down == null ? "None" : "'" + down + "'"),
                "branch_labels = None",
                "depends_on = None",
                "def upgrade():",
                "    op.execute(\"" + upgrade + "\")",
                "def downgrade():",
                "    op.execute(\"" + downgrade + "\")",
                ""));
    }

    private static String alembic(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(alembicExecutable(), "-c", project.resolve("alembic.ini").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("alembic %s failed: %s", String.join(" ", args), err).isZero();
        return out.trim();
    }

    private static String alembicExecutable() {
        for (String candidate : List.of("/usr/bin/alembic", "/usr/local/bin/alembic")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Real Alembic is needed for this test and was not found in /usr/bin or /usr/local/bin. "
                + "Install it with: apt-get install -y alembic python3-psycopg2 (the CI script .ci/run does this).");
    }

    private static List<String> tables() {
        return TestCatalogs.tableNames(db);
    }
}
