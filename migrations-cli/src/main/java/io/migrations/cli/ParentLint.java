package io.migrations.cli;

import io.migrations.api.LintFormat;
import io.migrations.api.LintReport;
import io.migrations.internal.script.SqlScriptParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lint run by {@code revision}: a new file holds nothing to check yet, so it lints the revisions the new one
 * builds on, which were usually just written and are still easy to change. Warnings only, on the error output.
 */
final class ParentLint {

    private ParentLint() {
    }

    /** Lints the parents of the new SQL revision at {@code file}; prints findings, if any, to {@code err}. */
    static void warn(Revisions revisions, Path file, PrintWriter err) {
        if (!file.toString().endsWith(".sql")) {
            return;
        }
        List<String> parents = SqlScriptParser.parse(file.toString(), read(file)).revision().downRevisions();
        if (parents.isEmpty()) {
            return;
        }
        LintReport report = revisions.setForNewRevision().lint(parents);
        if (!report.findings().isEmpty()) {
            err.print("Lint of the revision(s) this one builds on:\n" + LintFormat.text(report));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
