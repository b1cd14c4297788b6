package io.migrations.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a {@link LintReport} for people (text) or tools (JSON). */
public final class LintFormat {

    private LintFormat() {
    }

    /**
     * One block per finding, then a summary line:
     * <pre>
     * db/migrations/8f97975fec5c_add.sql:12: error [not-null-column-without-default] column users.email is added
     *     NOT NULL without a default (revision 8f97975fec5c)
     *     why: ...
     *     fix: ...
     * db/migrations/9b1c2d3e4f50_drop.sql:9: allowed [drop-table] table legacy is dropped (revision 9b1c2d3e4f50):
     *     unused since 2.3
     * Linted 2 revisions: 1 error, 0 warnings, 1 allowed.
     * </pre>
     */
    public static String text(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(finding.where()).append(": ").append(label(finding)).append(" [").append(finding.rule().id())
                    .append("] ").append(finding.message()).append(" (revision ").append(finding.revision())
                    .append(')');
            if (finding.suppressed()) {
                String reason = finding.suppression().orElseThrow().reason();
                out.append(": ").append(reason.isEmpty() ? "no reason given" : reason).append('\n');
            } else {
                out.append("\n    why: ").append(finding.rule().problem())
                        .append("\n    fix: ").append(finding.rule().fix()).append('\n');
            }
        }
        out.append("Linted ").append(report.revisions()).append(report.revisions() == 1 ? " revision: " : " revisions: ")
                .append(count(report.active(), Severity.ERROR)).append(" error(s), ")
                .append(count(report.active(), Severity.WARNING)).append(" warning(s), ")
                .append(report.suppressed().size()).append(" allowed.\n");
        return out.toString();
    }

    /**
     * A JSON object: {@code revisions}, {@code errors}, {@code warnings}, {@code allowed} and {@code findings}, each
     * with {@code rule}, {@code severity}, {@code revision}, {@code location}, {@code line}, {@code message},
     * {@code fix}, {@code allowed} and, when allowed, {@code reason}.
     */
    public static String json(LintReport report) {
        String findings = report.findings().stream().map(LintFormat::json).collect(Collectors.joining(",\n    "));
        return "{\n  \"revisions\": " + report.revisions()
                + ",\n  \"errors\": " + count(report.active(), Severity.ERROR)
                + ",\n  \"warnings\": " + count(report.active(), Severity.WARNING)
                + ",\n  \"allowed\": " + report.suppressed().size()
                + ",\n  \"findings\": [" + (findings.isEmpty() ? "" : "\n    " + findings + "\n  ") + "]\n}\n";
    }

    private static String json(Finding finding) {
        StringBuilder out = new StringBuilder("{")
                .append("\"rule\": ").append(quote(finding.rule().id()))
                .append(", \"severity\": ").append(quote(lower(finding.severity())))
                .append(", \"revision\": ").append(quote(finding.revision()))
                .append(", \"location\": ").append(quote(finding.location()))
                .append(", \"line\": ").append(finding.line())
                .append(", \"message\": ").append(quote(finding.message()))
                .append(", \"fix\": ").append(quote(finding.rule().fix()))
                .append(", \"allowed\": ").append(finding.suppressed());
        finding.suppression().ifPresent(s -> out.append(", \"reason\": ").append(quote(s.reason())));
        return out.append('}').toString();
    }

    private static String label(Finding finding) {
        return finding.suppressed() ? "allowed" : lower(finding.severity());
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    private static String lower(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String text) {
        return StringLiterals.quote(text);
    }
}
