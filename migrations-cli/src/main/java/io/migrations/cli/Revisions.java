package io.migrations.cli;

import io.migrations.RevisionSet;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.Location;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The revisions the options point at: SQL files in {@code --dir} (a folder, or a {@code classpath:} folder of
 * {@code --classpath}) and compiled Java revisions of {@code --package}. Read on first use, once per run.
 */
final class Revisions {

    /** Where SQL revisions are when {@code --dir} is not given. */
    static final String DEFAULT_DIR = "db/migrations";

    private final GlobalOptions options;
    private RevisionSet set;
    private RevisionGraph graph;
    private ClassLoader classLoader;

    Revisions(GlobalOptions options) {
        this.options = options;
    }

    /**
     * {@code --dir}, or the default folder; a folder is made absolute, so that {@code Path:} lines and error
     * messages name files the way Alembic does, wherever the command runs from.
     */
    String location() {
        String given = options.dir != null ? options.dir : DEFAULT_DIR;
        return Location.parse(given) instanceof Location.Folder folder ? folder.path().toAbsolutePath().toString() : given;
    }

    /** The revisions folder, or empty when {@code --dir} names a class path folder. */
    Optional<Path> folder() {
        return Location.parse(location()) instanceof Location.Folder folder ? Optional.of(folder.path()) : Optional.empty();
    }

    /** Every revision, read and checked once per run. */
    RevisionSet set() {
        if (set == null) {
            Path index = indexDir();
            set = index == null ? RevisionSet.load(locations(true), classLoader())
                    : RevisionSet.load(locations(true), classLoader(), index);
        }
        return set;
    }

    /** The revision graph. */
    RevisionGraph graph() {
        if (graph == null) {
            graph = RevisionGraph.of(set().all());
        }
        return graph;
    }

    /**
     * The revisions a new revision builds on, read afresh. Unlike {@link #set()}, a {@code --package} with no
     * compiled class on {@code --classpath} only means there is no Java revision yet, so the first one can be written.
     */
    RevisionSet setForNewRevision() {
        return RevisionSet.load(locations(false), classLoader());
    }

    /** The graph of {@link #setForNewRevision()}. */
    RevisionGraph graphForNewRevision() {
        return RevisionGraph.of(setForNewRevision().all());
    }

    /** {@code --cache-dir}, or the user's cache folder; null for {@code none}, or with no home to put it in. */
    private Path indexDir() {
        if (options.cacheDir != null && !options.cacheDir.isBlank()) {
            return options.cacheDir.strip().equals("none") ? null : Path.of(options.cacheDir.strip());
        }
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        if (cacheHome != null && !cacheHome.isBlank()) {
            return Path.of(cacheHome, "migrations");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "migrations");
    }

    /** Loads {@code classpath:} revision folders and Java revisions, from the {@code --classpath} entries first. */
    ClassLoader classLoader() {
        if (classLoader == null) {
            ClassLoader parent = Revisions.class.getClassLoader();
            classLoader = options.classpath.isEmpty() ? parent : new URLClassLoader(urls(options.classpath), parent);
        }
        return classLoader;
    }

    /** {@code --dir}, and the class path folder of {@code --package}, whose compiled classes are Java revisions. */
    private List<String> locations(boolean javaRequired) {
        List<String> locations = new ArrayList<>();
        if (folder().map(Files::isDirectory).orElse(true)) {
            locations.add(location());
        } else if (options.dir != null || options.javaPackage == null) {
            throw new CliException("The revisions folder " + folder().orElseThrow().toAbsolutePath() + " does not "
                    + "exist. Run 'migrations init' to create it, or point --dir (or MIGRATIONS_DIR) at your revisions.");
        }
        if (options.javaPackage != null && (javaRequired || packageOnClasspath())) {
            locations.add("classpath:" + options.javaPackage.replace('.', '/'));
        }
        return locations;
    }

    private boolean packageOnClasspath() {
        return classLoader().getResource(options.javaPackage.replace('.', '/')) != null;
    }

    private static URL[] urls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            Path entry = entries.get(i);
            if (!Files.exists(entry)) {
                throw new CliException("--classpath entry " + entry.toAbsolutePath() + " does not exist. "
                        + "List jars and folders of compiled revisions, separated by '" + File.pathSeparator + "'.");
            }
            try {
                urls[i] = entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new CliException("--classpath entry " + entry + " is not a valid path: " + e.getMessage());
            }
        }
        return urls;
    }
}
