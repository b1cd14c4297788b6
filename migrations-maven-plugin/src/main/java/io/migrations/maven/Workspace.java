package io.migrations.maven;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.RevisionSet;
import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.author.RevisionWriter;
import io.migrations.internal.author.SettingNames;
import io.migrations.internal.autogen.Autogenerate;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.NoDatabaseUrl;
import io.migrations.internal.connect.Redactor;
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
import org.apache.maven.plugin.MojoFailureException;

/**
 * The project's revisions and database as the {@link Settings} point at them: revision folders resolved against the
 * project's folder, {@code classpath:} locations and Java revisions against its compile class path. Each part is
 * built on first use, so that goals that only read revision files need no database URL.
 */
final class Workspace {

    /** Where SQL revisions are when no location is configured, relative to the project's folder. */
    static final String DEFAULT_LOCATION = "src/main/resources/db/migrations";

    /** How messages about new revisions and models name this plugin's parameters. */
    static final SettingNames SETTING_NAMES = setting -> switch (setting) {
        case REV_ID -> "<revId> (-Dmigrations.revId)";
        case HEAD -> "<head> (-Dmigrations.head)";
        case SPLICE -> "<splice> (-Dmigrations.splice)";
        case BRANCH_LABEL -> "<branchLabel> (-Dmigrations.branchLabel)";
        case DEPENDS_ON -> "<dependsOn> (-Dmigrations.dependsOn)";
        case DIR -> "<locations> (-Dmigrations.locations; its first folder)";
        case PACKAGE -> "<package> (-Dmigrations.package)";
        case MERGE -> "'migrations merge -m <message> heads' with the command line tool";
        case URL -> "<url> (-Dmigrations.url, or DATABASE_URL)";
        case SHADOW_URL -> "<shadowUrl> (-Dmigrations.shadowUrl)";
        case MODEL -> "<models> (-Dmigrations.model)";
    };

    private final Settings settings;
    private ClassLoader classLoader;
    private RevisionSet set;
    private RevisionGraph graph;
    private Migrations migrations;

    Workspace(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /** Masks the password of the URL and the password setting wherever they would show. */
    Redactor redactor() {
        return Redactor.NONE.withUrl(settings.url()).withSecret(settings.password());
    }

    /** The database URL, password masked. */
    String maskedUrl() {
        return DatabaseUrl.mask(settings.url().strip());
    }

    /** Every revision, read and checked once. */
    RevisionSet set() throws MojoFailureException {
        if (set == null) {
            set = RevisionSet.load(locations(true), classLoader());
        }
        return set;
    }

    /** The revision graph of {@link #set()}. */
    RevisionGraph graph() throws MojoFailureException {
        if (graph == null) {
            graph = RevisionGraph.of(set().all());
        }
        return graph;
    }

    /** The facade over the revisions and the database. */
    Migrations migrations() throws MojoFailureException {
        if (!settings.hasUrl()) {
            throw new MojoFailureException("No database URL: set <url> in the plugin's configuration, "
                    + "-Dmigrations.url=postgresql://user@host:5432/db, or the " + Settings.DATABASE_URL
                    + " environment variable.");
        }
        return scripts();
    }

    /**
     * The facade for offline SQL: the script of a {@code from:to} range needs no database, so no URL is required;
     * anything that does connect without one is told how to give it.
     */
    Migrations scripts() throws MojoFailureException {
        if (migrations == null) {
            migrations = Migrations.create(config(), set());
        }
        return migrations;
    }

    /** Writes new revisions on the revisions as they are now; Java revisions go below {@code sourceDir}. */
    RevisionWriter revisionWriter(Path sourceDir) throws MojoFailureException {
        RevisionGraph current = RevisionGraph.of(setForNewRevision().all());
        return new RevisionWriter(current, new RevisionWriter.Destination(folder(), settings.javaPackage(), sourceDir),
                SETTING_NAMES);
    }

    /** The model(s), or {@code schema.sql} next to the revisions folder, compared on the database's server. */
    ModelComparison modelComparison(List<String> models, String shadowUrl) throws MojoFailureException {
        var request = new ModelComparison.Request(models, settings.url(), settings.user(), settings.password(),
                shadowUrl, settings.basedir(), folder(), classLoader());
        Migrations facade = Migrations.create(config(), setForNewRevision());
        return new ModelComparison(request, () -> {
            return new Autogenerate.Sources(facade::catalog, facade::build, facade::catalogOf);
        }, SETTING_NAMES);
    }

    /**
     * The revisions a new revision builds on, read afresh: a package with no compiled class yet only means there is no
     * Java revision yet.
     */
    private RevisionSet setForNewRevision() throws MojoFailureException {
        return RevisionSet.load(locations(false), classLoader());
    }

    /** The configuration; without a database URL, anything that connects is told how to give one. */
    private MigrationsConfig config() throws MojoFailureException {
        MigrationsConfig.Builder builder = MigrationsConfig.builder();
        if (settings.hasUrl()) {
            builder.url(settings.url(), settings.user(), settings.password());
        } else {
            builder.dataSource(new NoDatabaseUrl());
        }
        return builder
                .locations(locations(false))
                .classLoader(classLoader())
                .schema(settings.schema())
                .versionTable(settings.versionTable())
                .historyTable(settings.historyTable())
                .connectRetries(settings.connectRetries())
                .connectTimeout(settings.connectTimeout())
                .lockWaitTimeout(settings.lockWaitTimeout())
                .build();
    }

    /** The first revision folder on disk, where new SQL revisions go. */
    Optional<Path> folder() {
        return configuredLocations().stream().map(Location::parse)
                .filter(Location.Folder.class::isInstance).map(location -> ((Location.Folder) location).path())
                .findFirst();
    }

    private List<String> configuredLocations() {
        List<String> given = settings.locations().isEmpty() ? List.of(DEFAULT_LOCATION) : settings.locations();
        return given.stream().map(text -> Location.parse(text) instanceof Location.Folder folder
                ? Location.FILESYSTEM_PREFIX + settings.basedir().resolve(folder.path()).normalize() : text.strip())
                .toList();
    }

    /**
     * The configured locations, folders made absolute, and the class path folder of the Java package.
     *
     * @param javaRequired whether the package must be compiled already (false for a new revision)
     */
    private List<String> locations(boolean javaRequired) throws MojoFailureException {
        List<String> locations = new ArrayList<>();
        for (String location : configuredLocations()) {
            if (Location.parse(location) instanceof Location.Folder folder && !Files.isDirectory(folder.path())) {
                if (!settings.locations().isEmpty() || settings.javaPackage() == null) {
                    throw new MojoFailureException("The revisions folder " + folder.path() + " does not exist. "
                            + "Create it, or point <locations> (-Dmigrations.locations) at your revisions.");
                }
                continue;
            }
            locations.add(location);
        }
        String javaPackage = settings.javaPackage();
        if (javaPackage != null) {
            String folder = javaPackage.replace('.', '/');
            boolean compiled = classLoader().getResource(folder) != null;
            if (javaRequired && !compiled) {
                throw new MojoFailureException("No class of package " + javaPackage + " on the compile class path. "
                        + "Compile first (mvn compile migrations:<goal>), or fix <package> (-Dmigrations.package).");
            }
            if (compiled) {
                locations.add(Location.CLASSPATH_PREFIX + folder);
            }
        }
        return locations;
    }

    /** Loads {@code classpath:} locations and Java revisions from the project's classes and dependencies. */
    private ClassLoader classLoader() throws MojoFailureException {
        if (classLoader == null) {
            List<URL> urls = new ArrayList<>();
            for (String element : settings.classpath()) {
                try {
                    urls.add(new File(element).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new MojoFailureException("Class path entry " + element + " is not a valid path: "
                            + e.getMessage());
                }
            }
            classLoader = new URLClassLoader(urls.toArray(URL[]::new), Workspace.class.getClassLoader());
        }
        return classLoader;
    }
}
