package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.HistoryEntry;
import io.migrations.internal.json.Json;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code log [-n N] [-r REV] [--format text|json]}: the history table, newest first: when, who, revision, direction,
 * duration, outcome and error of every run step, as recorded in the database (Alembic's {@code history} lists the
 * revision files instead). Over a fleet, each target's rows under its name (with {@code --format json}, one JSON
 * document per line, {@code {"target": …, "rows": […]}}).
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Print what ran on the database (the history table), newest first.")
final class LogCommand extends ProjectCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Output formats. */
    enum Format {
        TEXT, JSON
    }

    @Option(names = {"-n", "--limit"}, paramLabel = "<n>", description = "Print at most the newest <n> rows.")
    Integer limit;

    @Option(names = {"-r", "--revision"}, paramLabel = "<rev>",
            description = "Only rows of this revision id.")
    String revision;

    @Option(names = "--format", paramLabel = "<format>", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Mixin
    FleetOptions fleet = new FleetOptions();

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new CliException("-n must be 0 or more, not " + limit + ".");
        }
        if (fleet.active()) {
            return new FleetRun(project(), fleet, out(), spec.commandLine().getErr()).read(Migrations::history,
                    (target, rows) -> {
                        if (format == Format.TEXT) {
                            out().println("== " + target.label());
                        }
                        print(rows, target.label());
                    });
        }
        print(project().migrations().history(), null);
        return ExitCode.SUCCESS;
    }

    /** Prints the rows newest first; over a fleet, each JSON document names its {@code target}. */
    private void print(List<HistoryEntry> all, String target) {
        List<HistoryEntry> rows = new ArrayList<>(all);
        Collections.reverse(rows);
        List<HistoryEntry> shown = rows.stream()
                .filter(row -> revision == null || revision.equals(row.revision()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        if (format == Format.JSON) {
            List<Map<String, Object>> trees = shown.stream().map(LogCommand::tree).toList();
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("target", target);
            named.put("rows", trees);
            out().println(Json.write(target == null ? trees : named));
        } else if (shown.isEmpty()) {
            out().println(rows.isEmpty() ? "No runs recorded yet." : "No runs of " + revision + " recorded.");
        } else {
            text(shown);
        }
    }

    private void text(List<HistoryEntry> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("WHEN", "WHO", "REVISION", "DIRECTION", "DURATION", "OUTCOME", "ERROR"));
        for (HistoryEntry row : rows) {
            table.add(List.of(row.appliedAt() == null ? "-" : WHEN.format(row.appliedAt()), row.appliedBy(),
                    revisionOf(row), row.direction().label(), row.durationMs() + " ms", outcome(row),
                    row.error() == null ? "" : row.error().lines().findFirst().orElse("")));
        }
        int[] widths = new int[table.get(0).size()];
        table.forEach(cells -> {
            for (int i = 0; i < cells.size(); i++) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        });
        for (List<String> cells : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                line.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s  ", cells.get(i)));
            }
            out().println(line.toString().stripTrailing());
        }
    }

    private static Map<String, Object> tree(HistoryEntry row) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", row.id());
        tree.put("when", row.appliedAt() == null ? null : row.appliedAt().toString());
        tree.put("who", row.appliedBy());
        tree.put("revision", row.revision());
        tree.put("from", row.downRevisions());
        tree.put("direction", row.direction().label());
        tree.put("message", row.message());
        tree.put("durationMs", row.durationMs());
        tree.put("outcome", outcome(row));
        tree.put("statementsRun", row.statementsRun());
        tree.put("checksum", row.checksum());
        tree.put("error", row.error());
        return tree;
    }

    private static String revisionOf(HistoryEntry row) {
        return row.revision() == null ? "base" : row.revision();
    }

    /** {@code success}, {@code failed}, or {@code unfinished} for a non-transactional revision that never finished. */
    private static String outcome(HistoryEntry row) {
        if (row.success()) {
            return "success";
        }
        return row.unfinished() ? "unfinished" : "failed";
    }
}
