package io.migrations.maven;

import io.migrations.MigrationsConfig;
import io.migrations.api.MigrationsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: where the revisions and the database are, and how failures reach Maven. A problem with the
 * input (a revision file, a target, a setting) fails the build with the core's message and no stack trace
 * ({@link MojoFailureException}); a database or migration failure is a {@link MojoExecutionException}. Passwords are
 * masked in everything printed.
 */
abstract class MigrationsMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /**
     * The database: {@code postgresql://user:password@host:5432/db}, {@code postgres://…} or a {@code jdbc:} URL.
     * When unset, the {@code DATABASE_URL} environment variable.
     */
    @Parameter(property = "migrations.url")
    String url;

    /** User name; overrides the URL's. When unset, the {@code MIGRATIONS_USER} environment variable. */
    @Parameter(property = "migrations.user")
    String user;

    /**
     * Password; overrides the URL's. When unset, the {@code MIGRATIONS_PASSWORD} environment variable, which keeps it
     * out of the POM and out of Maven's debug output.
     */
    @Parameter(property = "migrations.password")
    String password;

    /**
     * Where the revisions are: folders (relative to the project's folder, or {@code filesystem:} paths) and
     * {@code classpath:} folders of the project's compile class path. Default: {@code src/main/resources/db/migrations}.
     */
    @Parameter(property = "migrations.locations")
    List<String> locations = new ArrayList<>();

    /**
     * Java package of compiled revision classes in the project (compile first); also the package of new Java
     * revisions.
     */
    @Parameter(name = "package", property = "migrations.package")
    String javaPackage;

    /**
     * The id of a {@code <server>} in {@code settings.xml} whose username and password (encrypted or not) connect,
     * for {@code user} and {@code password} left unset: keeps them out of the POM and out of Maven's debug output.
     */
    @Parameter(property = "migrations.serverId")
    String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    org.apache.maven.settings.Settings mavenSettings;

    @Inject
    SettingsDecrypter decrypter;

    /** Schema of the version and history tables (default: the connection's). */
    @Parameter(property = "migrations.schema")
    String schema;

    /** Version table name. */
    @Parameter(property = "migrations.versionTable", defaultValue = MigrationsConfig.DEFAULT_VERSION_TABLE)
    String versionTable;

    /** History table name. */
    @Parameter(property = "migrations.historyTable", defaultValue = MigrationsConfig.DEFAULT_HISTORY_TABLE)
    String historyTable;

    /** Extra connection attempts while the database starts. */
    @Parameter(property = "migrations.connectRetries", defaultValue = "0")
    int connectRetries;

    /** Seconds one connection attempt may take, login included. */
    @Parameter(property = "migrations.connectTimeout", defaultValue = "30")
    int connectTimeout;

    /** Seconds to wait for another run's migration lock. */
    @Parameter(property = "migrations.lockWaitTimeout", defaultValue = "60")
    int lockWaitTimeout;

    /** Skips the goal. */
    @Parameter(property = "migrations.skip", defaultValue = "false")
    boolean skip;

    /** Sets {@link #javaPackage}, which Maven configures as {@code <package>}, a name no Java field can have. */
    public void setPackage(String value) {
        this.javaPackage = value;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipped (migrations.skip).");
            return;
        }
        Workspace workspace = new Workspace(settings().withEnvironment(environment()));
        try {
            run(workspace);
        } catch (MigrationsException e) {
            String message = workspace.redactor().apply(e.getMessage());
            if (e.isUserError()) {
                throw new MojoFailureException(message);
            }
            throw new MojoExecutionException(message, e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid setting: " + workspace.redactor().apply(e.getMessage()));
        } catch (RuntimeException e) {
            throw new MojoExecutionException(workspace.redactor().apply(e.toString()), e);
        }
    }

    /** Does the goal's work. */
    abstract void run(Workspace workspace) throws MojoFailureException;

    /** Where the URL, user and password come from when the POM and the properties leave them unset. */
    Map<String, String> environment() {
        return System.getenv();
    }

    /**
     * Logs each entry as the command line tool prints it on a line of its own; an entry may hold several lines, as
     * the blocks of a verbose listing do.
     */
    void println(Collection<String> entries) {
        for (String entry : entries) {
            for (String line : entry.split("\n", -1)) {
                getLog().info(line);
            }
        }
    }

    /** Logs {@code text} as the command line tool prints it, each line ended by a line break. */
    void print(String text) {
        println(List.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
    }

    /** The {@code <server>} of {@code serverId}, password decrypted; null without a {@code serverId}. */
    private Server server() throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return null;
        }
        Server server = mavenSettings.getServer(serverId.strip());
        if (server == null) {
            throw new MojoFailureException("No <server> with the id '" + serverId.strip() + "' in Maven's settings.xml: "
                    + "add one with the database user's <username> and <password>, or fix <serverId> "
                    + "(-Dmigrations.serverId).");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!decrypted.getProblems().isEmpty()) {
            throw new MojoFailureException("Cannot decrypt the password of <server> '" + server.getId()
                    + "' in Maven's settings.xml: " + decrypted.getProblems().get(0).getMessage());
        }
        return decrypted.getServer();
    }

    private Settings settings() throws MojoExecutionException, MojoFailureException {
        List<String> classpath;
        try {
            classpath = project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's compile class path is not resolved: " + e.getMessage(), e);
        }
        Server server = server();
        return new Settings(url, user != null || server == null ? user : server.getUsername(),
                password != null || server == null ? password : server.getPassword(), locations, javaPackage, classpath, project.getBasedir().toPath(),
                schema, versionTable, historyTable, connectRetries, Duration.ofSeconds(connectTimeout),
                Duration.ofSeconds(lockWaitTimeout));
    }
}
