package io.migrations.internal.autogen;

import io.migrations.api.ConnectionException;
import io.migrations.api.DatabaseException;
import io.migrations.api.ModelException;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import io.migrations.internal.drift.ShadowDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a model with the schema the revisions build (or with the database as it is), the way {@code revision
 * --autogenerate}, {@code diff} and {@code check --model} need it; the facade says how to read each schema. The model and the replay of the revisions go into
 * throwaway databases on the same server, side by side, and are dropped afterwards, also on failure or when the
 * process is stopped. The drops run in the background once each catalog is read: {@code DROP DATABASE} waits for a
 * server-wide checkpoint, which would otherwise be most of what autogenerate adds to the replay on a busy server.
 */
public final class Autogenerate {

    private static final Logger LOG = LoggerFactory.getLogger(Autogenerate.class);

    /** What the model is compared with. */
    public enum Against {
        /** The schema the revisions build, replayed into a throwaway (or the given shadow) database. */
        REVISIONS,
        /** The connected database as it is, as Alembic compares. */
        DATABASE
    }

    /**
     * Where the work happens.
     *
     * @param server a database on the server that holds the throwaway databases
     * @param shadow an existing empty database to replay the revisions into, kept afterwards; null for a throwaway one
     */
    public record Servers(DatabaseUrl server, DatabaseUrl shadow) {
    }

    /**
     * The two schemas.
     *
     * @param current what the revisions build (or what the database has)
     * @param model   what the model says
     * @param dropped completes when the throwaway databases they were read from are dropped, which happens in the
     *                background ({@link ShadowDatabase#closeWithoutWaiting()}); for a caller that must know they are
     *                gone before it goes on
     */
    public record Comparison(Catalog current, Catalog model, CompletableFuture<Void> dropped) {

        /** What turns the current schema into the model. */
        public CatalogDiff diff() {
            return CatalogDiff.between(current, model);
        }

        /** The revisions that turn the current schema into the model; empty when they are the same. */
        public List<RevisionPart> revisions(Renames renames) {
            return Generation.of(current, model, renames);
        }
    }

    private Autogenerate() {
    }

    /**
     * How to read the schemas, given by the facade that knows the revisions and the bookkeeping tables.
     *
     * @param database the catalog of the connected database
     * @param build    replays the revisions to the heads into an empty database and reads its catalog
     * @param read     reads the catalog of another database
     */
    public record Sources(Supplier<Catalog> database, Function<DataSource, Catalog> build,
                          Function<DataSource, Catalog> read) {
    }

    /**
     * Reads both schemas.
     *
     * @param models the model: SQL files applied in order, or one reference database
     * @throws AutogenerateException when the model does not apply or mixes a database with files
     * @throws io.migrations.api.ShadowReplayException when a revision fails on the shadow database
     */
    public static Comparison compare(Sources sources, List<Model> models, Against against, Servers servers) {
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "autogenerate");
            thread.setDaemon(true);
            return thread;
        });
        Queue<CompletableFuture<Void>> drops = new ConcurrentLinkedQueue<>();
        try {
            CompletableFuture<Catalog> model = CompletableFuture.supplyAsync(
                    () -> model(sources, models, servers, drops), threads);
            CompletableFuture<Catalog> current = CompletableFuture.supplyAsync(against == Against.DATABASE
                    ? sources.database() : () -> replay(sources, servers, drops), threads);
            Catalog currentCatalog = join(current);
            Catalog modelCatalog = join(model);
            return new Comparison(currentCatalog, modelCatalog,
                    CompletableFuture.allOf(drops.toArray(new CompletableFuture<?>[0])));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Catalog join(CompletableFuture<Catalog> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The model's catalog. */
    private static Catalog model(Sources sources, List<Model> models, Servers servers,
                                 Queue<CompletableFuture<Void>> drops) {
        if (models.isEmpty()) {
            throw new AutogenerateException("No model: give --model with a .sql file, a folder of .sql files or "
                    + "url:<database url>");
        }
        if (models.stream().anyMatch(Model.Database.class::isInstance)) {
            if (models.size() > 1) {
                throw new AutogenerateException("A url: model is a whole schema: give it alone, not with " + models);
            }
            Model.Database reference = (Model.Database) models.get(0);
            try {
                return sources.read().apply(new UrlDataSource(reference.url()));
            } catch (ConnectionException e) {
                // The reference database is the model: one that cannot be read is bad input, as a model that does
                // not apply (for check, not the "differs" of a database failure), and its URL is the one to fix.
                throw new ModelException("The model " + reference + " cannot be read: " + e.getMessage()
                        + " Fix the database URL after url: in --model.", e);
            }
        }
        ShadowDatabase scratch = ShadowDatabase.temporary(servers.server(), "model");
        try {
            UrlDataSource dataSource = new UrlDataSource(scratch.url());
            try (Connection connection = dataSource.getConnection()) {
                for (Model model : models) {
                    LOG.info("Applying the model {} to {}", model, scratch.describe());
                    (model instanceof Model.Sql sql ? sql.script() : ((Model.Text) model).script()).apply(connection);
                }
            } catch (SQLException e) {
                throw new DatabaseException("Could not apply the model to " + scratch.describe() + ": "
                        + e.getMessage(), e);
            }
            return sources.read().apply(dataSource);
        } finally {
            drops.add(scratch.closeWithoutWaiting());
        }
    }

    /** The catalog the revisions build, replayed to their heads. */
    private static Catalog replay(Sources sources, Servers servers, Queue<CompletableFuture<Void>> drops) {
        ShadowDatabase shadow = servers.shadow() != null ? ShadowDatabase.existing(servers.shadow())
                : ShadowDatabase.temporary(servers.server(), "shadow");
        try {
            LOG.info("Replaying the revisions into {}", shadow.describe());
            return sources.build().apply(shadow.dataSource());
        } finally {
            drops.add(shadow.closeWithoutWaiting());
        }
    }
}
