package io.migrations.testdb;

/**
 * The seed of a random test: the system property's value when given, a new one otherwise. It is printed either way,
 * with the option that replays it, so that a failure seen once can be run again.
 */
public final class RandomSeed {

    private RandomSeed() {
    }

    /**
     * @param property the system property that replays a seed, e.g. {@code migrations.parity.seed}
     * @param what     what the test draws from it, for the printed line, e.g. {@code 3 random graphs}
     */
    public static long of(String property, String what) {
        long seed = Long.getLong(property, System.nanoTime());
        System.out.println(what + ": seed " + seed + " (replay with -D" + property + "=" + seed + ")");
        return seed;
    }
}
