package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The seed's Alembic cheat sheet, command for command and in its order, against PostgreSQL. */
class CheatSheetTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final TestDatabase db = DB.get();

    @TempDir
    Path dir;

    @Test
    void followsTheAlembicWorkflow() throws Exception {
        TestRevision.of("aaa111").message("init").writeSql(dir);
        TestRevision.of("bbb222", "aaa111").message("Add users table").writeSql(dir);
        InProcessCli cli = InProcessCli.of(db, dir);

        // alembic current
        CliRun current = cli.run("current");
        assertThat(current.exitCode()).isZero();
        assertThat(current.out()).isEmpty();

        // alembic history --verbose
        CliRun history = cli.run("history", "--verbose");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).startsWith("Rev: bbb222 (head)\nParent: aaa111\n").contains("Rev: aaa111\n");

        // alembic revision -m "..."
        CliRun revision = cli.run("revision", "-m", "Add orders");
        assertThat(revision.exitCode()).isZero();
        Path created = Path.of(revision.out().replace("Generating ", "").replace(" ...  done\n", ""));
        String newId = created.getFileName().toString().substring(0, 12);
        assertThat(Files.readString(created)).contains("-- down_revision: bbb222");
        Files.writeString(created, Files.readString(created).replace("SELECT 1;", "CREATE TABLE orders (id int);")
                .replace("-- downgrade\n", "-- downgrade\nDROP TABLE orders;\n"));

        // alembic upgrade head
        assertThat(cli.run("upgrade", "head").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly(newId);
        assertThat(Databases.tables(db)).contains("t_aaa111", "t_bbb222", "orders");

        // a teammate's revision arrives; alembic upgrade +1
        TestRevision.of("ddd444", newId).message("Add invoices").writeSql(dir);
        assertThat(cli.run("upgrade", "+1").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly("ddd444");

        // alembic downgrade -1
        assertThat(cli.run("downgrade", "-1").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly(newId);
        assertThat(Databases.tables(db)).doesNotContain("t_ddd444");

        // alembic downgrade <rev>
        assertThat(cli.run("downgrade", "aaa111").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly("aaa111");
        assertThat(Databases.tables(db)).doesNotContain("t_bbb222", "orders");

        // alembic upgrade head --sql: prints what would run from the database's revision, changes nothing
        CliRun sql = cli.run("upgrade", "head", "--sql");
        assertThat(sql.exitCode()).isZero();
        assertThat(sql.out()).startsWith("BEGIN;\n\n-- Running upgrade aaa111 -> bbb222\n\n")
                .contains("CREATE TABLE orders (id int);", "-- Running upgrade " + newId + " -> ddd444")
                .doesNotContain("CREATE TABLE alembic_version", "t_aaa111");
        assertThat(Databases.versions(db)).containsExactly("aaa111");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql.out());
        }
        assertThat(Databases.versions(db)).containsExactly("ddd444");
        assertThat(Databases.tables(db)).contains("t_bbb222", "orders", "t_ddd444");

        // alembic stamp head
        db.execute("UPDATE alembic_version SET version_num = 'bbb222'");
        assertThat(cli.run("stamp", "head").exitCode()).isZero();
        assertThat(Databases.versions(db)).containsExactly("ddd444");

        // alembic downgrade base
        assertThat(cli.run("downgrade", "base").exitCode()).isZero();
        assertThat(Databases.versions(db)).isEmpty();
        assertThat(Databases.tables(db)).containsExactlyInAnyOrder("alembic_version", "migrations_history");
        assertThat(cli.run("current").out()).isEmpty();
        assertThat(cli.run("history").out().lines().toList()).hasSize(4);
    }
}
