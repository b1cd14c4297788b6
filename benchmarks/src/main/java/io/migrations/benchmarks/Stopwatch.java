package io.migrations.benchmarks;

/** Times one action in milliseconds of wall-clock time. */
final class Stopwatch {

    /** An action that may throw, as every tool's API does. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    /** Runs {@code action} once and returns how long it took, in milliseconds. */
    static double time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
