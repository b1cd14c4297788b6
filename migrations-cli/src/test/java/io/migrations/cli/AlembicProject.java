package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A throw-away Alembic project running real Alembic ({@code /usr/bin/alembic}, Debian package {@code alembic}) on
 * the same revisions as our SQL files. Each revision gets its own version location, listed in our load order, so
 * that Alembic breaks ties the way we do instead of in directory-listing order.
 */
final class AlembicProject {

    /** A revision id followed by its branch labels, which Alembic keeps in a set. */
    private static final Pattern LABELS = Pattern.compile("\\b([0-9a-f]{4,}) \\(([^()]+, [^()]+)\\)");

    private final Path root;

    /**
     * @param root      an empty folder for the project
     * @param url       SQLAlchemy URL of the database Alembic works on
     * @param revisions the revisions, written as Python files
     */
    AlembicProject(Path root, String url, List<TestRevision> revisions) throws IOException {
        this.root = root;
        List<TestRevision> ordered = revisions.stream().sorted(Comparator.comparing(TestRevision::baseName)).toList();
        List<String> locations = new ArrayList<>();
        for (TestRevision revision : ordered) {
            Path folder = root.resolve("versions").resolve(revision.baseName());
            revision.writePython(folder);
            locations.add(folder.toString());
        }
        Files.writeString(root.resolve("alembic.ini"), String.join("\n",
                "[alembic]",
                "script_location = " + root,
                "version_path_separator = os",
                "version_locations = " + String.join(java.io.File.pathSeparator, locations),
                "sqlalchemy.url = " + url.replace("%", "%%"),
                ""));
        Files.writeString(root.resolve("env.py"), String.join("\n",
                "from alembic import context",
                "from sqlalchemy import create_engine",
                "url = context.config.get_main_option('sqlalchemy.url')",
                "if context.is_offline_mode():",
                "    context.configure(url=url, literal_binds=True, transaction_per_migration=True)",
                "    with context.begin_transaction():",
                "        context.run_migrations()",
                "else:",
                "    with create_engine(url).connect() as connection:",
                "        context.configure(connection=connection, transaction_per_migration=True)",
                "        with context.begin_transaction():",
                "            context.run_migrations()",
                ""));
    }

    /** Runs {@code alembic <args>}, requires success, and returns its standard output. */
    String run(String... args) throws IOException, InterruptedException {
        CliRun run = attempt(args);
        assertThat(run.exitCode()).as("alembic %s failed:%n%s", String.join(" ", args), run.all()).isZero();
        return run.out();
    }

    /** Runs {@code alembic <args>}; Alembic prints its {@code FAILED:} lines on standard output. */
    CliRun attempt(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable(), "-c", root.resolve("alembic.ini").toString()));
        command.addAll(List.of(args));
        Path err = root.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRun(process.exitValue(), out, Files.readString(err));
    }

    /** The Alembic executable; fails with an install hint when missing, so the comparison is never skipped. */
    static String executable() {
        for (String candidate : List.of("/usr/bin/alembic", "/usr/local/bin/alembic")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Real Alembic is needed to compare outputs and was not found in /usr/bin or "
                + "/usr/local/bin. Install it with: apt-get install -y alembic python3-psycopg2 (.ci/run does this).");
    }

    /**
     * Output with what cannot match made equal: {@code Path:} lines (Python files there, SQL files here), and the
     * order of what Alembic takes from a Python set, which changes between runs: the revisions in
     * {@code Branches into:}, the labels in {@code Branch names:} and after a revision id ({@code abc123 (l2, l1)}),
     * and the {@code ->} lines under a branch point in {@code branches}.
     */
    static String comparable(String output) {
        List<String> lines = new ArrayList<>();
        List<String> children = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            if (line.matches("\\s+-> .*")) {
                children.add(sortedLabels(line));
                continue;
            }
            children.stream().sorted().forEach(lines::add);
            children.clear();
            if (line.startsWith("Path: ")) {
                lines.add("Path: <file>");
            } else if (line.startsWith("Branches into: ") || line.startsWith("Branch names: ")) {
                int colon = line.indexOf(": ") + 2;
                lines.add(line.substring(0, colon) + sortedList(line.substring(colon)));
            } else {
                lines.add(sortedLabels(line));
            }
        }
        children.stream().sorted().forEach(lines::add);
        return String.join("\n", lines);
    }

    /** The entries of {@code current} (lines, or {@code Rev:} blocks with -v), which Alembic prints in set order. */
    static List<String> comparableEntries(String output) {
        String text = comparable(output);
        String[] entries = text.contains("Rev: ") ? text.split("\n(?=Rev: )") : text.split("\n");
        return Stream.of(entries).map(String::strip).filter(entry -> !entry.isEmpty()).sorted().toList();
    }

    private static String sortedLabels(String line) {
        return LABELS.matcher(line).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + " (" + sortedList(match.group(2)) + ")"));
    }

    private static String sortedList(String items) {
        return Stream.of(items.split(", ")).sorted().collect(Collectors.joining(", "));
    }
}
