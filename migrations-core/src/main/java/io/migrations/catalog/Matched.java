package io.migrations.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two lists of objects matched by a key: what only the first has, what only the second has, and the pairs.
 * The one matching rule of catalog comparisons (the diff and autogenerate both use it).
 *
 * @param removed objects only in the first list, in its order
 * @param added   objects only in the second list, in its order
 * @param pairs   objects in both, in the second list's order
 * @param <T>     the object type
 */
public record Matched<T>(List<T> removed, List<T> added, List<Pair<T>> pairs) {

    /**
     * An object found in both lists.
     *
     * @param before as in the first list
     * @param after  as in the second list
     * @param <T>    the object type
     */
    public record Pair<T>(T before, T after) {

        /** Whether the two differ. */
        public boolean changed() {
            return !before.equals(after);
        }
    }

    public Matched {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        pairs = List.copyOf(pairs);
    }

    /** Matches {@code before} with {@code after} by {@code key}. */
    public static <T, K> Matched<T> by(List<T> before, List<T> after, Function<T, K> key) {
        Map<K, T> first = new LinkedHashMap<>();
        before.forEach(item -> first.putIfAbsent(key.apply(item), item));
        List<T> added = new ArrayList<>();
        List<Pair<T>> pairs = new ArrayList<>();
        for (T item : after) {
            T match = first.remove(key.apply(item));
            if (match == null) {
                added.add(item);
            } else {
                pairs.add(new Pair<>(match, item));
            }
        }
        return new Matched<>(List.copyOf(first.values()), added, pairs);
    }

    /** The pairs whose two sides differ. */
    public List<Pair<T>> changed() {
        return pairs.stream().filter(Pair::changed).toList();
    }
}
