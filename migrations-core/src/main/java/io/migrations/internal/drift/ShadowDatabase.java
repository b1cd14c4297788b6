package io.migrations.internal.drift;

import io.migrations.api.DatabaseException;
import io.migrations.api.DriftException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.platform.TemporaryDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An empty database that the drift check replays every revision into, and that autogenerate applies its model to.
 * Either created for the purpose on the same server as the checked database and dropped on {@link #close()} (needs
 * the {@code CREATEDB} right) or, if the process is stopped first (Ctrl-C, SIGTERM), by a shutdown hook; or an
 * existing empty database given by URL and left as it is.
 */
public final class ShadowDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShadowDatabase.class);

    private final DatabaseUrl url;
    /** Where to run {@code DROP DATABASE} on close; null for a database this class did not create. */
    private final DatabaseUrl server;
    private final String name;
    /** The statement that drops it; null for a database this class did not create. */
    private final String drop;
    /** The server's maintenance database, to drop it through when {@link #server} has gone; null as above. */
    private final DatabaseUrl maintenance;
    /** Drops the database if the JVM stops before {@link #close()}; null for a database this class did not create. */
    private final Thread hook;

    private ShadowDatabase(DatabaseUrl url, DatabaseUrl server, String name, String drop, DatabaseUrl maintenance) {
        this.url = url;
        this.server = server;
        this.name = name;
        this.drop = drop;
        this.maintenance = maintenance;
        this.hook = server == null ? null : new Thread(this::drop, "drop " + name);
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /**
     * Creates a database named {@code migrations_shadow_<random>} on the server of {@code database}, connecting as
     * its user.
     *
     * @throws DriftException    when no database can be made next to the one the URL names (not a
     *                           {@code jdbc:postgresql://host/database} URL)
     * @throws DatabaseException when the database cannot be created, e.g. without the CREATEDB right
     */
    public static ShadowDatabase onServerOf(DatabaseUrl database) {
        return temporary(database, "shadow");
    }

    /**
     * Creates a database named {@code migrations_<purpose>_<random>} on the server of {@code database}, connecting
     * as its user; {@link #close()} or a shutdown hook drops it.
     *
     * @param purpose what it is for, in its name: {@code shadow} or {@code model}
     * @throws DriftException    when no database can be made next to the one the URL names (not a
     *                           {@code jdbc:postgresql://host/database} URL)
     * @throws DatabaseException when the database cannot be created, e.g. without the CREATEDB right
     */
    public static ShadowDatabase temporary(DatabaseUrl database, String purpose) {
        String name = "migrations_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TemporaryDatabase temporary = Databases.forUrl(database.jdbcUrl())
                .flatMap(server -> server.temporaryDatabase(database.jdbcUrl(), name))
                .orElseThrow(() -> new DriftException("Cannot derive a " + purpose + " database URL from "
                        + database.redactedUrl() + "; give an empty database to replay the revisions into with "
                        + "--shadow-url"));
        DatabaseUrl shadow = new DatabaseUrl(temporary.jdbcUrl(), database.user(), database.password());
        execute(database, temporary.create(), "Could not create the " + purpose + " database " + name + " on "
                + database.describe() + "; grant the user CREATEDB or give an empty database with --shadow-url");
        LOG.info("Created {} database {} on {}", purpose, name, database.describe());
        return new ShadowDatabase(shadow, database, name, temporary.drop(),
                new DatabaseUrl(temporary.maintenance(), database.user(), database.password()));
    }

    /**
     * Uses an existing database, which must have no tables; it is not dropped afterwards.
     *
     * @throws DriftException    when it has tables
     * @throws DatabaseException when it cannot be read
     */
    public static ShadowDatabase existing(DatabaseUrl url) {
        ShadowDatabase shadow = new ShadowDatabase(url, null, null, null, null);
        int tables;
        try (Connection connection = shadow.dataSource().getConnection()) {
            tables = Databases.detect(connection).catalogReader().read(connection, CatalogScope.everything())
                    .tables().size();
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the shadow database " + url.describe() + ": "
                    + e.getMessage(), e);
        }
        if (tables > 0) {
            throw new DriftException("The shadow database " + url.describe() + " has " + tables
                    + " table(s); the revisions must be replayed into an empty database, so create a new one");
        }
        return shadow;
    }

    /** Connections to the shadow database. */
    public DataSource dataSource() {
        return new UrlDataSource(url);
    }

    /** host:port/database of the shadow database. */
    public String describe() {
        return url.describe();
    }

    /** The URL of the database. */
    public DatabaseUrl url() {
        return url;
    }

    /** Drops the database when this class created it. */
    @Override
    public void close() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return; // the hook drops it
            }
            drop();
        }
    }

    /**
     * Like {@link #close()}, but returns at once and drops the database on a thread of its own: PostgreSQL's
     * {@code DROP DATABASE} waits for a checkpoint of the whole server and removes every file of the database,
     * seconds on a busy server, which a caller that has read what it needs has no reason to wait for. The thread
     * keeps the JVM running until it is done, and the shutdown hook stays registered until then, so a process that
     * exits first (System.exit, Ctrl-C) still drops the database; a failure is logged, since nobody waits to be told.
     *
     * @return completes when the database is dropped (or the drop failed and was logged); at once for a database
     *         this class did not create
     */
    public CompletableFuture<Void> closeWithoutWaiting() {
        CompletableFuture<Void> dropped = new CompletableFuture<>();
        if (hook == null) {
            dropped.complete(null);
            return dropped;
        }
        Thread thread = new Thread(() -> {
            try {
                drop();
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (DatabaseException e) {
                LOG.warn(e.getMessage());
            } catch (IllegalStateException shuttingDown) {
                // the hook runs too; its DROP DATABASE IF EXISTS waits for this one and finds nothing to drop
            } finally {
                dropped.complete(null);
            }
        }, "drop " + name);
        thread.setDaemon(false); // a thread inherits its starter's daemon flag, and autogenerate's are daemons
        thread.start();
        return dropped;
    }

    /**
     * Drops it through the database it was created next to or, when that fails (that database may have been dropped
     * meanwhile, ending this connection), through the server's maintenance database.
     */
    private void drop() {
        try {
            execute(server, List.of(drop), "");
        } catch (DatabaseException first) {
            execute(maintenance, List.of(drop), "Could not drop the temporary database " + name + " on "
                    + server.describe() + "; drop it by hand");
        }
        LOG.info("Dropped temporary database {}", name);
    }

    /** Runs {@code statements} in order on one connection to {@code server}. */
    private static void execute(DatabaseUrl server, List<String> statements, String failure) {
        try (Connection connection = new UrlDataSource(server).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new DatabaseException(failure + " (" + e.getMessage().lines().findFirst().orElse("")
                    .toLowerCase(Locale.ROOT) + ")", e);
        }
    }
}
