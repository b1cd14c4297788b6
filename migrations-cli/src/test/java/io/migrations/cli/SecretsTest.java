package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No password in any output channel of the command line, whatever the URL form and whatever the password holds:
 * command output ({@code current -v}), the FAILED line, {@code --debug} stack traces, log lines, and a URL given
 * where a revision belongs. Each password holds one of {@code ?/@#%:}, percent-encoded or as is; its two halves
 * must appear nowhere.
 */
class SecretsTest {

    private static final String LEFT = "Zq7Kx";
    private static final String RIGHT = "VwLm9";
    private static final String ROLE = "secrets_" + Long.toHexString(System.nanoTime());

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static String hostPort;
    private static String database;

    @BeforeAll
    static void roleAndRevision() throws Exception {
        TestDatabase db = DB.get();
        db.execute("CREATE ROLE " + ROLE + " LOGIN SUPERUSER");
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        hostPort = uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        database = uri.getPath().substring(1);
        TestRevision.of("aaa111").message("init").writeSql(dir);
    }

    @AfterAll
    static void dropRole() throws Exception {
        DB.get().execute("REASSIGN OWNED BY " + ROLE + " TO CURRENT_USER; DROP OWNED BY " + ROLE + "; DROP ROLE " + ROLE);
    }

    /** How a URL carries the user and password. */
    enum Form {
        POSTGRESQL, POSTGRES, JDBC_USER_INFO, JDBC_PARAMETER, KEY_VALUE;

        String url(String host, String db, String passwordText) {
            return switch (this) {
                case POSTGRESQL -> "postgresql://" + ROLE + ":" + passwordText + "@" + host + "/" + db;
                case POSTGRES -> "postgres://" + ROLE + ":" + passwordText + "@" + host + "/" + db + "?sslmode=disable";
                case JDBC_USER_INFO -> "jdbc:postgresql://" + ROLE + ":" + passwordText + "@" + host + "/" + db;
                case JDBC_PARAMETER -> "jdbc:postgresql://" + host + "/" + db + "?user=" + ROLE + "&password=" + passwordText;
                case KEY_VALUE -> "host=" + host.substring(0, host.lastIndexOf(':')) + " port="
                        + host.substring(host.lastIndexOf(':') + 1) + " dbname=" + db + " user=" + ROLE
                        + " password='" + passwordText + "'";
            };
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (char c : "?/@#%:".toCharArray()) {
            String password = LEFT + c + RIGHT;
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
            for (Form form : Form.values()) {
                if (form != Form.KEY_VALUE) {
                    cases.add(Arguments.of(form, password, encoded));
                }
                if (form != Form.JDBC_PARAMETER) {
                    cases.add(Arguments.of(form, password, password));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {2}")
    @MethodSource("cases")
    void noChannelShowsThePassword(Form form, String password, String passwordText) throws Exception {
        DB.get().execute("ALTER ROLE " + ROLE + " PASSWORD '" + password + "'");
        String url = form.url(hostPort, database, passwordText);
        boolean unreadable = passwordText.equals(password) && password.contains("%") && form != Form.KEY_VALUE;
        InProcessCli cli = new InProcessCli(Map.of("DATABASE_URL", url, "MIGRATIONS_DIR", dir.toString()));

        InProcessCli.Logged current = cli.runLogged("--debug", "current", "-v");
        if (unreadable) {
            assertThat(current.run().exitCode()).as(current.all()).isEqualTo(ExitCode.USAGE);
            assertThat(current.run().err()).startsWith("FAILED: Invalid database URL: the password has a '%'");
        } else {
            assertThat(current.run().exitCode()).as(current.all()).isZero();
            assertThat(current.run().out()).startsWith("Current revision(s) for ").contains(hostPort.split(":")[0])
                    .containsAnyOf(":***@", "password=***");
            assertThat(cli.runLogged("--debug", "upgrade", "head").run().exitCode()).isZero();
        }

        InProcessCli.Logged target = cli.runLogged("--debug", "upgrade", url);
        assertThat(target.run().exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(target.run().err()).startsWith("FAILED: The <revision> argument is a database URL (");

        String elsewhere = form.url(hostPort, "no_such_db_here", passwordText);
        InProcessCli.Logged failed = cli.with("DATABASE_URL", elsewhere).runLogged("--debug", "current");
        assertThat(failed.run().exitCode()).isEqualTo(unreadable ? ExitCode.USAGE : ExitCode.FAILURE);
        assertThat(failed.run().err()).startsWith(unreadable ? "FAILED: Invalid database URL" : "FAILED: Cannot connect to ")
                .contains("\tat ");

        for (InProcessCli.Logged outcome : List.of(current, target, failed)) {
            assertThat(outcome.all()).as("password halves in " + outcome.all()).doesNotContain(LEFT).doesNotContain(RIGHT);
        }
    }

    @Test
    void aUrlAmongTheRevisionsOfAnyCommandIsRefusedMasked() {
        InProcessCli cli = new InProcessCli(Map.of("MIGRATIONS_DIR", dir.toString()));
        String url = "postgresql://app:" + LEFT + "/@" + RIGHT + "@db.example.com/shop";
        for (String[] args : List.of(new String[] {"upgrade", url}, new String[] {"downgrade", url},
                new String[] {"stamp", url}, new String[] {"show", url}, new String[] {"history", "-r", url},
                new String[] {"merge", "heads", url}, new String[] {"upgrade", "--sql", url})) {
            CliRun run = cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args))
                    .contains("is a database URL (postgresql://app:***@db.example.com/shop)")
                    .doesNotContain(LEFT).doesNotContain(RIGHT);
        }
    }
}
