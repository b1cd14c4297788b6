package io.migrations.cli;

import io.migrations.api.InvalidUrlException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.fleet.FleetTarget;
import io.migrations.internal.fleet.SchemaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the targets the fleet options name. Schema names must be ones a schema target may have ({@link SchemaNames})
 * and database URLs of a form the tool reads: anything else is refused as bad input before any target runs.
 */
final class FleetTargets {

    private FleetTargets() {
    }

    /** The targets, in the order given, without repeats; {@code database} runs {@code --schemas-query}. */
    static List<FleetTarget> read(FleetOptions options, String schemaOption, DataSource database) {
        int given = (options.schemas.isEmpty() ? 0 : 1) + (options.schemasQuery == null ? 0 : 1)
                + (options.targetsFile == null ? 0 : 1);
        if (given > 1) {
            throw new CliException("Give the fleet's targets one way: --schemas, --schemas-query or --targets.");
        }
        if (options.parallel < 1) {
            throw new CliException("--parallel must be 1 or more, got " + options.parallel + ".");
        }
        if (options.canary < 0) {
            throw new CliException("--canary must be 0 or more, got " + options.canary + ".");
        }
        if (options.report != null) {
            checkWritable(options.report);
        }
        if (options.targetsFile != null) {
            return databases(options);
        }
        if (schemaOption != null) {
            throw new CliException("--schema names one schema; with --schemas or --schemas-query each target schema "
                    + "holds its own version and history tables. Leave out --schema.");
        }
        List<String> names = options.schemasQuery != null ? query(options.schemasQuery, database) : options.schemas;
        return SchemaNames.validate(names, options.schemasQuery != null ? "--schemas-query" : "--schemas").stream()
                .map(FleetTarget::schema).toList();
    }

    /** Refuses a report that could not be written after the run, so that a long run's outcome is never lost. */
    private static void checkWritable(Path report) {
        Path file = report.toAbsolutePath();
        Path folder = file.getParent();
        String problem = Files.isDirectory(file) ? "it is a folder"
                : folder == null || !Files.isDirectory(folder) ? "its folder does not exist"
                : Files.exists(file) ? (Files.isWritable(file) ? null : "it is not writable")
                : Files.isWritable(folder) ? null : "its folder is not writable";
        if (problem != null) {
            throw new CliException("The --report file " + file + " cannot be written: " + problem
                    + ". No target was run.");
        }
    }

    private static List<String> query(String sql, DataSource database) {
        List<String> names;
        try {
            names = SchemaNames.query(database, sql);
        } catch (SQLException e) {
            throw new CliException("The --schemas-query failed: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new CliException("The --schemas-query returned no schema, so there is nothing to run: " + sql);
        }
        return names;
    }

    private static List<FleetTarget> databases(FleetOptions options) {
        List<String> lines;
        try {
            lines = Files.readAllLines(options.targetsFile);
        } catch (IOException e) {
            throw new CliException("Could not read the --targets file " + options.targetsFile.toAbsolutePath() + ": "
                    + e.getMessage());
        }
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String url = lines.get(i).strip();
            if (!url.isEmpty() && !url.startsWith("#")) {
                urls.add(checked(url, i + 1, options));
            }
        }
        if (urls.isEmpty()) {
            throw new CliException("The --targets file " + options.targetsFile.toAbsolutePath() + " names no database "
                    + "URL (one per line; blank lines and # comments are skipped).");
        }
        return urls.stream().map(FleetTarget::database).toList();
    }

    /** {@code url}, refused as bad input before any target runs when it is of no form the tool reads. */
    private static String checked(String url, int line, FleetOptions options) {
        try {
            DatabaseUrl.parse(url, null, null);
        } catch (InvalidUrlException e) {
            // The line number, not the line: text that is no URL may still hold a password.
            throw new CliException("Line " + line + " of the --targets file " + options.targetsFile.toAbsolutePath()
                    + ": " + e.getMessage() + " No target was run.");
        }
        return url;
    }
}
