package io.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Times actions in milliseconds of wall-clock time. */
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

    /** Runs {@code action} {@code warmUps} times untimed, then {@code runs} times timed; returns the times. */
    static List<Double> repeat(int warmUps, int runs, Action action) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            action.run();
        }
        List<Double> times = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            times.add(time(action));
        }
        return times;
    }
}
