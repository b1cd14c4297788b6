package io.migrations.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Canonical order of catalog lists, so that two reads of the same schema are equal records. */
final class Sorting {

    private Sorting() {
    }

    static <T, K extends Comparable<K>> List<T> byName(List<T> items, Function<T, K> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
