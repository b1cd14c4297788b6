package io.migrations.reliability;

import io.migrations.api.LockMode;
import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.MigrationResult;
import io.migrations.api.MigrationsException;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal command line over the facade, for tests that need separate JVM processes (racing,
 * SIGKILL) and the exit-code contract of the real CLI: 0 success, 2 user error, 1 database error.
 *
 * <pre>
 * MigrateMain --url URL [--user U] [--password P] --dir DIR [--lock-timeout MS] [--lock-retries N]
 *             [--report-every MS] [--connect-retries N] [--schema S] [--version-table T] [--lock-mode M]
 *             [--transaction-per run|revision]
 *             upgrade|downgrade|stamp TARGET
 * </pre>
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns the exit code; prints the result or the error's message, never a stack trace. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = new HashMap<>();
            List<String> words = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    options.put(args[i].substring(2), args[++i]);
                } else {
                    words.add(args[i]);
                }
            }
            if (words.size() != 2) {
                throw new IllegalArgumentException("expected a command and a target, got " + words);
            }
            Migrations migrations = Migrations.create(config(options));
            MigrationResult result = switch (words.get(0)) {
                case "upgrade" -> migrations.upgrade(words.get(1));
                case "downgrade" -> migrations.downgrade(words.get(1));
                case "stamp" -> migrations.stamp(words.get(1));
                default -> throw new IllegalArgumentException("unknown command " + words.get(0));
            };
            out.println("applied " + result.steps().size());
            out.println(result.summary());
            return 0;
        } catch (MigrationsException e) {
            err.println("error: " + e.getMessage());
            return e.isUserError() ? 2 : 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static MigrationsConfig config(Map<String, String> options) {
        DatabaseUrl url = DatabaseUrl.parse(options.get("url"), options.get("user"), options.get("password"));
        return MigrationsConfig.builder()
                .dataSource(new UrlDataSource(url))
                .locations("filesystem:" + options.get("dir"))
                .schema(options.get("schema"))
                .versionTable(options.getOrDefault("version-table", MigrationsConfig.DEFAULT_VERSION_TABLE))
                .lockMode(LockMode.valueOf(options.getOrDefault("lock-mode", "session").toUpperCase(Locale.ROOT)))
                .transactionPer(TransactionPer.valueOf(options.getOrDefault("transaction-per", "revision")
                        .toUpperCase(Locale.ROOT)))
                .timeouts(new Timeouts(millis(options.get("lock-timeout")), null))
                .lockRetries(Integer.parseInt(options.getOrDefault("lock-retries", "0")))
                .lockRetryDelay(Duration.ofMillis(50))
                .waitReportInterval(Duration.ofMillis(Long.parseLong(options.getOrDefault("report-every", "5000"))))
                .connectRetries(Integer.parseInt(options.getOrDefault("connect-retries", "0")))
                .connectRetryDelay(Duration.ofMillis(50))
                .build();
    }

    private static Duration millis(String value) {
        return value == null ? null : Duration.ofMillis(Long.parseLong(value));
    }
}
