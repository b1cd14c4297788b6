package io.migrations.internal.lint;

import io.migrations.api.LintReport;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.SqlScriptParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes SQL revision files into a folder and loads them, in order, each the child of the previous one. */
final class SqlRevisions {

    private final Path folder;
    private final List<Script> scripts = new ArrayList<>();

    SqlRevisions(Path folder) {
        this.folder = folder;
    }

    /** Adds a revision with the given header comments, upgrade and downgrade (null for none). */
    Script add(String header, String upgrade, String downgrade) {
        String id = String.format("%012x", 0xa000 + scripts.size());
        String down = scripts.isEmpty() ? "" : scripts.get(scripts.size() - 1).id();
        String text = "-- revision: " + id + "\n-- down_revision: " + down + "\n" + header
                + "\n-- upgrade\n" + upgrade + "\n" + (downgrade == null ? "" : "\n-- downgrade\n" + downgrade + "\n");
        Path file = folder.resolve(id + "_test.sql");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Script script = SqlScriptParser.parse(file.toString(), text);
        scripts.add(script);
        return script;
    }

    /** Adds a transactional revision with a trivial downgrade. */
    Script add(String upgrade) {
        return add("", upgrade, "SELECT 1;");
    }

    List<Script> all() {
        return List.copyOf(scripts);
    }

    /** Lints the last revision on its own, after reading the earlier ones. */
    LintReport lintLast() {
        return Linter.lint(all(), List.of(scripts.get(scripts.size() - 1).id()), Linter.Scope.EACH_REVISION);
    }
}
