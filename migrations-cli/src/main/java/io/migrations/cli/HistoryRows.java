package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.api.HistoryEntry;
import io.migrations.internal.json.Json;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints rows of the history table, newest first, as {@code log} does (and {@code history} over a fleet): when, who,
 * revision, direction, duration, outcome and error, as a table or as JSON.
 *
 * @param limit    at most this many rows per target; null for all
 * @param revision only this revision's rows; null for all
 */
record HistoryRows(PrintWriter out, Integer limit, String revision, Format format) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Output formats. */
    enum Format {
        TEXT, JSON
    }

    /**
     * Reads every target's rows and prints them under {@code == <target>} (with JSON, one document per target, naming
     * it); the exit code.
     */
    int overFleet(FleetRun run) {
        return run.read(Migrations::history, (target, rows) -> {
            if (format == Format.TEXT) {
                out.println("== " + target.label());
            }
            print(rows, target.label());
        });
    }

    /** Prints the rows newest first; over a fleet, each JSON document names its {@code target}. */
    void print(List<HistoryEntry> all, String target) {
        List<HistoryEntry> rows = new ArrayList<>(all);
        Collections.reverse(rows);
        List<HistoryEntry> shown = rows.stream()
                .filter(row -> revision == null || revision.equals(row.revision()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        if (format == Format.JSON) {
            List<Map<String, Object>> trees = shown.stream().map(HistoryRows::tree).toList();
            Map<String, Object> named = new LinkedHashMap<>();
            named.put("target", target);
            named.put("rows", trees);
            out.println(Json.write(target == null ? trees : named));
        } else if (shown.isEmpty()) {
            out.println(rows.isEmpty() ? "No runs recorded yet." : "No runs of " + revision + " recorded.");
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
            out.println(line.toString().stripTrailing());
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
