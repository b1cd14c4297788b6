package io.migrations.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every goal reads its revisions and database from, after the POM, the user properties and the environment are
 * merged: the POM's {@code <configuration>} or {@code -Dmigrations.*} first, then {@code DATABASE_URL},
 * {@code MIGRATIONS_USER} and {@code MIGRATIONS_PASSWORD}, as the command line tool reads them.
 *
 * @param url             the database URL; null when none is given
 * @param user            overrides the URL's user; may be null
 * @param password        overrides the URL's password; may be null
 * @param locations       revision locations as given: folders (relative to {@code basedir}) or {@code classpath:} folders
 * @param javaPackage     the package of compiled Java revisions; null for none
 * @param classpath       the project's compile class path, its own classes first
 * @param basedir         the project's folder
 * @param schema          schema of the version and history tables; null for the connection's
 * @param versionTable    name of the version table
 * @param historyTable    name of the history table
 * @param connectRetries  extra connection attempts
 * @param connectTimeout  bound on one connection attempt
 * @param lockWaitTimeout how long to wait for another run's lock
 */
record Settings(String url, String user, String password, List<String> locations, String javaPackage,
                List<String> classpath, Path basedir, String schema, String versionTable, String historyTable,
                int connectRetries, Duration connectTimeout, Duration lockWaitTimeout) {

    /** The variable the database URL is read from when the POM and the properties give none. */
    static final String DATABASE_URL = "DATABASE_URL";
    /** The variable the user is read from when the POM and the properties give none. */
    static final String USER = "MIGRATIONS_USER";
    /** The variable the password is read from when the POM and the properties give none. */
    static final String PASSWORD = "MIGRATIONS_PASSWORD";

    Settings {
        locations = List.copyOf(locations);
        classpath = List.copyOf(classpath);
    }

    /** These settings with the URL, user and password the POM leaves unset taken from {@code environment}. */
    Settings withEnvironment(Map<String, String> environment) {
        return new Settings(given(url) ? url : variable(environment, DATABASE_URL),
                given(user) ? user : variable(environment, USER),
                given(password) ? password : variable(environment, PASSWORD),
                locations, javaPackage, classpath, basedir, schema, versionTable, historyTable, connectRetries,
                connectTimeout, lockWaitTimeout);
    }

    /** Whether a database URL was given anywhere. */
    boolean hasUrl() {
        return given(url);
    }

    private static String variable(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return given(value) ? value : null;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
