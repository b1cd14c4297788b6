package io.migrations.spring;

import io.migrations.RevisionSources;
import io.migrations.script.Script;
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
    private final CompletableFuture<List<Script>> scripts;

    private RevisionPreload(List<String> locations, ClassLoader classLoader, CompletableFuture<List<Script>> scripts) {
        this.locations = List.copyOf(locations);
        this.classLoader = classLoader;
        this.scripts = scripts;
    }

    /** Starts reading {@code locations} on a daemon thread. */
    static RevisionPreload start(List<String> locations, ClassLoader classLoader) {
        CompletableFuture<List<Script>> scripts = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                scripts.complete(RevisionSources.of(locations, classLoader).load());
            } catch (RuntimeException | Error e) {
                scripts.completeExceptionally(e);
            }
        }, "migrations-preload");
        reader.setDaemon(true);
        reader.start();
        return new RevisionPreload(locations, classLoader, scripts);
    }

    /**
     * The scripts read in the background, waiting for them if need be, when they were read for exactly these
     * locations and class loader; empty otherwise.
     *
     * @throws RuntimeException what reading them threw, e.g. a {@link io.migrations.script.ScriptException} naming
     *                          the broken file, as if the caller had read them itself
     */
    Optional<List<Script>> scriptsFor(List<String> wanted, ClassLoader loader) {
        if (!locations.equals(wanted) || classLoader != loader) {
            return Optional.empty();
        }
        try {
            return Optional.of(scripts.join());
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
