package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model jpa:<package>} from the packaged CLI jar, run as a process the way docs/autogenerate.md shows it:
 * {@code java -jar migrations.jar --classpath <entities>:migrations-hibernate-<version>-all.jar revision --autogenerate
 * --model jpa:...}. The revision it writes passes the lint and upgrades a real database whose schema Hibernate's
 * {@code hbm2ddl.auto=validate} accepts, and {@code check --model jpa:...} then exits 0.
 */
class JpaModelJarIT {

    /** {@code migrations-hibernate-<version>-all.jar}, packaged before this module; failsafe passes its path. */
    private static final Path HIBERNATE_JAR = Path.of(System.getProperty("migrations.hibernate.jar",
            "../migrations-hibernate/target/migrations-hibernate-0.1.0-SNAPSHOT-all.jar"));

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    @Test
    void theCliJarWithTheHibernateJarOnItsClassPathAutogeneratesFromEntities() throws Exception {
        assertThat(HIBERNATE_JAR).as("run ./mvnw -pl migrations-hibernate -am package first").isRegularFile();
        TestDatabase db = DB.get();
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaRevisionsTest.compile(JpaModelTest.sources(), classes);
        Path dir = Files.createDirectories(work.resolve("db/migrations"));
        JarCli cli = JarCli.of(db, dir, work);
        String classpath = classes + File.pathSeparator + HIBERNATE_JAR;
        String model = "jpa:" + JpaModelTest.PACKAGE;

        CliRun generated = cli.run("--classpath", classpath, "revision", "--autogenerate", "-m", "shop", "--model",
                model);
        assertThat(generated.exitCode()).as(generated.out() + generated.err()).isZero();
        assertThat(generated.out()).startsWith("Generating " + dir).contains("_shop.sql ...  done");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(1);
            assertThat(Files.readString(written.get(0))).contains("CREATE TABLE public.customer (")
                    .contains("CREATE SEQUENCE public.customer_ids").contains("CREATE TABLE public.order_line (");
        }
        CliRun lint = cli.run("lint");
        assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
        assertThat(lint.out()).contains("0 error(s)");
        CliRun upgraded = cli.run("upgrade", "heads");
        assertThat(upgraded.exitCode()).as(upgraded.err()).isZero();

        JpaModelTest.validateAndPersist(db, classes);

        CliRun check = cli.run("--classpath", classpath, "check", "--model", model);
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEqualTo("The revisions build exactly the model.\n");
        CliRun again = cli.run("--classpath", classpath, "revision", "--autogenerate", "-m", "again", "--model", model);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("No changes in schema detected");
    }
}
