package io.migrations.spring;

import io.migrations.RevisionSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The revisions of the configured locations, read and parsed on a background thread from the moment the
 * application context exists, so that with thousands of revision files the reading overlaps the rest of the start
 * instead of adding to it. The migration runner takes them if its final configuration asks for the same locations
 * with the same class loader, and reads them itself otherwise.
 */
final class RevisionPreload {

    /** The bean name it is registered under. */
    static final String BEAN_NAME = "migrationsRevisionPreload";

    private final List<String> locations;
    private final ClassLoader classLoader;
    private final CompletableFuture<RevisionSet> revisions;

    private RevisionPreload(List<String> locations, ClassLoader classLoader, CompletableFuture<RevisionSet> revisions) {
        this.locations = List.copyOf(locations);
        this.classLoader = classLoader;
        this.revisions = revisions;
    }

    /** Starts reading {@code locations} on a daemon thread. */
    static RevisionPreload start(List<String> locations, ClassLoader classLoader) {
        CompletableFuture<RevisionSet> revisions = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                revisions.complete(RevisionSet.load(locations, classLoader));
            } catch (RuntimeException | Error e) {
                revisions.completeExceptionally(e);
            }
        }, "migrations-preload");
        reader.setDaemon(true);
        reader.start();
        return new RevisionPreload(locations, classLoader, revisions);
    }

    /**
     * The revisions read in the background, waiting for them if need be, when they were read for exactly these
     * locations and class loader; empty otherwise.
     *
     * @throws RuntimeException what reading them threw, e.g. a {@link io.migrations.api.ScriptException} naming
     *                          the broken file, as if the caller had read them itself
     */
    Optional<RevisionSet> revisionsFor(List<String> wanted, ClassLoader loader) {
        if (!locations.equals(wanted) || classLoader != loader) {
            return Optional.empty();
        }
        try {
            return Optional.of(revisions.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
