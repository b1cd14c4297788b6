package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Policy;
import io.migrations.api.TransactionPer;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class GlobalOptionsTest {

    @TempDir
    Path work;

    @Test
    void everyGlobalOptionNamesItsEnvironmentVariableInItsHelp() {
        CommandLine commandLine = new CommandLine(new MigrationsCommand());
        var globals = commandLine.getCommandSpec().options().stream()
                .filter(option -> EnvironmentDefaults.variable(option).isPresent()).toList();
        assertThat(globals).extracting(OptionSpec::longestName)
                .contains("--url", "--user", "--password", "--dir", "--classpath", "--package", "--schema",
                        "--version-table", "--history-table", "--lock-wait-timeout", "--lock-timeout",
                        "--statement-timeout", "--lock-retries", "--lock-retry-delay", "--wait-report-interval",
                        "--connect-retries", "--connect-timeout", "--transaction-per");
        for (OptionSpec option : globals) {
            assertThat(String.join(" ", option.description()))
                    .as(option.longestName()).contains(EnvironmentDefaults.variable(option).orElseThrow());
        }
        assertThat(EnvironmentDefaults.variable(commandLine.getCommandSpec().findOption("--url"))).hasValue("DATABASE_URL");
    }

    @Test
    void theDefaultsProviderNeverShowsTheEnvironmentItReads() {
        // picocli formats the provider into its trace for every option it defaults.
        var defaults = new EnvironmentDefaults(Map.of("DATABASE_URL", "postgresql://app:s3cret@db:5432/app",
                "MIGRATIONS_PASSWORD", "hunter2"));

        assertThat(defaults.toString()).doesNotContain("s3cret", "hunter2", "DATABASE_URL");
    }

    @Test
    void optionsComeFromTheEnvironmentAndTheCommandLineWins() {
        InProcessCli cli = new InProcessCli(Map.of("MIGRATIONS_DIR", work.resolve("from-env").toString()));

        assertThat(cli.run("heads").err()).contains(work.resolve("from-env").toString());
        CliRun overridden = cli.run("heads", "--dir", work.resolve("from-option").toString());
        assertThat(overridden.err()).contains(work.resolve("from-option").toString()).doesNotContain("from-env");
        CliRun before = cli.run("--dir", work.resolve("before-command").toString(), "heads");
        assertThat(before.err()).contains("before-command");
    }

    @Test
    void helpWorksOnEveryCommandAndNeverShowsTheUrlFromTheEnvironment() {
        InProcessCli cli = new InProcessCli(Map.of("DATABASE_URL", "postgresql://app:s3cret@db:5432/app",
                "MIGRATIONS_PASSWORD", "hunter2"));
        CliRun top = cli.run("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("Usage: migrations", "upgrade", "downgrade", "stamp", "history", "check");
        for (String command : new Cli(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .commandLine(new MigrationsCommand()).getSubcommands().keySet()) {
            CliRun help = cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: migrations " + command);
            assertThat(help.all()).doesNotContain("s3cret", "hunter2");
        }
    }

    @Test
    void aCommandNameGivenAsAGlobalOptionsValueIsTheValueAndTheCommandComesAfter(@TempDir Path work) throws Exception {
        InProcessCli cli = new InProcessCli(Map.of());
        Path dir = work.resolve("history");
        TestRevision.of("aaa111").message("first").writeSql(dir);

        CliRun heads = cli.run("--dir", dir.toString(), "--version-table", "history", "--debug", "heads");
        assertThat(heads.exitCode()).as(heads.err()).isZero();
        assertThat(heads.out()).isEqualTo("aaa111 (head)\n");
        CliRun inline = cli.run("--version-table=current", "--dir=" + dir, "heads");
        assertThat(inline.out()).as(inline.err()).isEqualTo("aaa111 (head)\n");
        CliRun unknown = cli.run("--dir", dir.toString(), "haeds");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Did you mean", "heads");
    }

    @Test
    void versionNamesTheTool() {
        CliRun run = new InProcessCli(Map.of()).run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("migrations ").doesNotContain("unknown", "${");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLinePlusAHint() {
        InProcessCli cli = new InProcessCli(Map.of());

        CliRun unknown = cli.run("upgrade", "--no-such-option");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).startsWith("FAILED: Unknown or unexpected argument: '--no-such-option'")
                .contains("Run 'migrations upgrade --help' for usage.");

        CliRun missing = cli.run("downgrade");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: '<revision>'");

        CliRun noCommand = cli.run();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.err()).contains("Usage: migrations");

        CliRun typo = cli.run("upgrad");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("upgrade");
    }

    @Test
    void timeSpansTakeSecondsOrUnits() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("30")).hasSeconds(30);
        assertThat(converter.convert("500ms")).hasMillis(500);
        assertThat(converter.convert("2min")).hasMinutes(2);
        assertThat(converter.convert("2m")).hasMinutes(2);
        assertThat(converter.convert("1h")).hasHours(1);
        assertThat(converter.convert(" 15s ")).hasSeconds(15);

        CliRun bad = new InProcessCli(Map.of()).run("--lock-timeout", "soon", "heads");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("'soon' is not a time span");
    }

    @Test
    void transactionPerTakesRunOrRevisionBeforeOrAfterTheCommandAndDefaultsToRevision() {
        assertThat(parse("upgrade").transactionPer).isEqualTo(TransactionPer.REVISION);
        assertThat(parse("upgrade", "--transaction-per", "run").transactionPer).isEqualTo(TransactionPer.RUN);
        assertThat(parse("--transaction-per", "RUN", "downgrade", "base").transactionPer).isEqualTo(TransactionPer.RUN);
        assertThat(parse("--transaction-per", "revision", "upgrade", "--schemas", "a,b").transactionPer)
                .isEqualTo(TransactionPer.REVISION);

        CliRun bad = new InProcessCli(Map.of()).run("--dir", work.toString(), "upgrade", "--transaction-per", "batch");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--transaction-per", "batch", "REVISION, RUN");
    }

    private static GlobalOptions parse(String... args) {
        MigrationsCommand root = new MigrationsCommand();
        new Cli(Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .commandLine(root).parseArgs(args);
        return root.options;
    }

    @Test
    void invalidTableOptionsAreUsageErrors() {
        CliRun run = new InProcessCli(Map.of("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none"))
                .run("--dir", work.toString(), "--version-table", "same", "--history-table", "same",
                        "current");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("FAILED: Invalid option: versionTable and historyTable must differ");
    }

    @Test
    void everyGlobalOptionIsReadFromItsVariable() {
        Map<String, String> environment = Map.ofEntries(
                Map.entry("DATABASE_URL", "postgresql://db/app"),
                Map.entry("MIGRATIONS_USER", "deploy"),
                Map.entry("MIGRATIONS_PASSWORD", "pw"),
                Map.entry("MIGRATIONS_DIR", "sql"),
                Map.entry("MIGRATIONS_CLASSPATH", "a.jar" + File.pathSeparator + "classes"),
                Map.entry("MIGRATIONS_PACKAGE", "com.example.migrations"),
                Map.entry("MIGRATIONS_SCHEMA", "app"),
                Map.entry("MIGRATIONS_VERSION_TABLE", "versions"),
                Map.entry("MIGRATIONS_HISTORY_TABLE", "history"),
                Map.entry("MIGRATIONS_LOCK_WAIT_TIMEOUT", "5"),
                Map.entry("MIGRATIONS_LOCK_TIMEOUT", "2s"),
                Map.entry("MIGRATIONS_STATEMENT_TIMEOUT", "1min"),
                Map.entry("MIGRATIONS_LOCK_RETRIES", "4"),
                Map.entry("MIGRATIONS_LOCK_RETRY_DELAY", "250ms"),
                Map.entry("MIGRATIONS_WAIT_REPORT_INTERVAL", "2"),
                Map.entry("MIGRATIONS_CONNECT_RETRIES", "7"),
                Map.entry("MIGRATIONS_CONNECT_TIMEOUT", "3"),
                Map.entry("MIGRATIONS_ON_CHECKSUM_MISMATCH", "warn"),
                Map.entry("MIGRATIONS_TRANSACTION_PER", "run"),
                Map.entry("MIGRATIONS_DEBUG", "true"));
        MigrationsCommand root = new MigrationsCommand();
        new Cli(environment, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .commandLine(root).parseArgs("heads");
        GlobalOptions options = root.options;

        assertThat(options.url).isEqualTo("postgresql://db/app");
        assertThat(options.user).isEqualTo("deploy");
        assertThat(options.password).isEqualTo("pw");
        assertThat(options.dir).isEqualTo("sql");
        assertThat(options.classpath).containsExactly(Path.of("a.jar"), Path.of("classes"));
        assertThat(options.javaPackage).isEqualTo("com.example.migrations");
        assertThat(options.schema).isEqualTo("app");
        assertThat(options.versionTable).isEqualTo("versions");
        assertThat(options.historyTable).isEqualTo("history");
        assertThat(options.lockWaitTimeout).hasSeconds(5);
        assertThat(options.lockTimeout).hasSeconds(2);
        assertThat(options.statementTimeout).hasMinutes(1);
        assertThat(options.lockRetries).isEqualTo(4);
        assertThat(options.lockRetryDelay).hasMillis(250);
        assertThat(options.waitReportInterval).hasSeconds(2);
        assertThat(options.connectRetries).isEqualTo(7);
        assertThat(options.connectTimeout).hasSeconds(3);
        assertThat(options.onChecksumMismatch).isEqualTo(Policy.WARN);
        assertThat(options.transactionPer).isEqualTo(TransactionPer.RUN);
        assertThat(options.debug).isTrue();
    }
}
