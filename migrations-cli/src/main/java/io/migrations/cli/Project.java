package io.migrations.cli;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSources;
import io.migrations.db.Connector;
import io.migrations.db.DatabaseException;
import io.migrations.db.DatabaseUrl;
import io.migrations.db.TableName;
import io.migrations.db.Tables;
import io.migrations.db.UrlDataSource;
import io.migrations.db.VersionTable;
import io.migrations.engine.Timeouts;
import io.migrations.graph.RevisionGraph;
import io.migrations.java.JavaRevisionSource;
import io.migrations.script.CompositeRevisionSource;
import io.migrations.script.Location;
import io.migrations.script.RevisionSource;
import io.migrations.script.Script;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The revisions and the database the global options point at, each built on first use: commands that only
 * read the revision files never need a database URL, and commands that only write a new file never load the
 * others twice.
 */
final class Project {

    /** Where SQL revisions are when {@code --dir} is not given. */
    static final String DEFAULT_DIR = "db/migrations";

    private final GlobalOptions options;
    private List<Script> scripts;
    private RevisionGraph graph;
    private ClassLoader classLoader;

    Project(GlobalOptions options) {
        this.options = options;
    }

    /** The options this project was built from. */
    GlobalOptions options() {
        return options;
    }

    /** The revisions folder, or empty when {@code --dir} names a class path folder. */
    Optional<Path> folder() {
        return Location.parse(location()) instanceof Location.Folder folder ? Optional.of(folder.path()) : Optional.empty();
    }

    /**
     * Every revision, in load order: the SQL files of {@code --dir} (and the Java revisions of a
     * {@code classpath:} folder), then the Java revisions of {@code --package}.
     */
    List<Script> scripts() {
        if (scripts == null) {
            scripts = load(true);
        }
        return scripts;
    }

    /** The revision graph. */
    RevisionGraph graph() {
        if (graph == null) {
            graph = RevisionGraph.of(scripts().stream().map(Script::revision).toList());
        }
        return graph;
    }

    /**
     * The graph a new revision builds on. Unlike {@link #graph()}, a {@code --package} with no compiled class on
     * {@code --classpath} only means there is no Java revision yet, so the first one can be written.
     */
    RevisionGraph graphForNewRevision() {
        return RevisionGraph.of(load(false).stream().map(Script::revision).toList());
    }

    private List<Script> load(boolean javaRequired) {
        List<RevisionSource> sources = new ArrayList<>();
        if (folder().map(Files::isDirectory).orElse(true)) {
            sources.add(RevisionSources.of(List.of(location()), classLoader()));
        } else if (options.dir != null || options.javaPackage == null) {
            throw new CliException("The revisions folder " + folder().orElseThrow().toAbsolutePath() + " does not "
                    + "exist. Run 'migrations init' to create it, or point --dir (or MIGRATIONS_DIR) at your revisions.");
        }
        if (options.javaPackage != null && (javaRequired || packageOnClasspath())) {
            sources.add(new JavaRevisionSource(options.javaPackage, classLoader()));
        }
        return new CompositeRevisionSource(sources).load();
    }

    private boolean packageOnClasspath() {
        return classLoader().getResource(options.javaPackage.replace('.', '/')) != null;
    }

    private String location() {
        return options.dir != null ? options.dir : DEFAULT_DIR;
    }

    /** The script of a revision id. */
    Optional<Script> script(String id) {
        return scripts().stream().filter(script -> script.id().equals(id)).findFirst();
    }

    /** The database URL from {@code --url}, {@code --user} and {@code --password}. */
    DatabaseUrl databaseUrl() {
        return DatabaseUrl.parse(options.url, options.user, options.password);
    }

    /** The database URL as given, password masked, for output such as {@code current -v}. Call after {@link #migrations()}. */
    String displayUrl() {
        return DatabaseUrl.redact(options.url.strip());
    }

    /** The library facade over the revisions and the database. */
    Migrations migrations() {
        UrlDataSource dataSource = new UrlDataSource(databaseUrl());
        if (options.connectTimeout != null) {
            dataSource.setLoginTimeout((int) Math.max(1, options.connectTimeout.toSeconds()));
        }
        try {
            return Migrations.of(config(dataSource), scripts());
        } catch (IllegalArgumentException e) {
            throw new CliException("Invalid option: " + e.getMessage());
        }
    }

    /** The version table's rows and whether it exists, read on a fresh connection. */
    VersionState versionState() {
        MigrationsConfig config = migrations().config();
        VersionTable versions = new VersionTable(new TableName(config.schema(), config.versionTable()));
        try (Connection connection = new Connector(config.dataSource(), config.connectRetries(),
                config.connectRetryDelay()).open()) {
            return new VersionState(Tables.exists(connection, versions.table()), versions.read(connection));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read " + versions.table() + ": " + e.getMessage(), e);
        }
    }

    private MigrationsConfig config(UrlDataSource dataSource) {
        return MigrationsConfig.builder()
                .dataSource(dataSource)
                .locations(location())
                .classLoader(classLoader())
                .schema(options.schema)
                .versionTable(options.versionTable)
                .historyTable(options.historyTable)
                .lockWaitTimeout(options.lockWaitTimeout)
                .timeouts(new Timeouts(options.lockTimeout, options.statementTimeout))
                .connectRetries(options.connectRetries)
                .build();
    }

    /** Loads {@code classpath:} revision folders and Java revisions from the {@code --classpath} entries. */
    private ClassLoader classLoader() {
        if (classLoader == null) {
            ClassLoader parent = Project.class.getClassLoader();
            classLoader = options.classpath.isEmpty() ? parent : new URLClassLoader(urls(options.classpath), parent);
        }
        return classLoader;
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
