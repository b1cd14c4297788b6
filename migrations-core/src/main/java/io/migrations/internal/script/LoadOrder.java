package io.migrations.internal.script;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@link RevisionSource#LOAD_ORDER} and a faster way to sort into it. As a plain comparator the order cuts each
 * location's file name out again at every comparison, which took 12% of a no-op start with 5,000 revisions;
 * {@link #sort} cuts it out once per revision.
 */
final class LoadOrder {

    /** What the order compares: the file name (the last segment of the location), then the whole location. */
    private record Key(String fileName, String location) {

        static Key of(String location) {
            return new Key(SourceFile.fileNameOf(location), location);
        }
    }

    private static final Comparator<Key> KEYS = Comparator.comparing(Key::fileName).thenComparing(Key::location);

    /** The order of revision locations (file paths, URLs, class names). */
    static final Comparator<String> LOCATIONS = Comparator.comparing(Key::of, KEYS);

    /** The order, as a comparator of scripts. */
    static final Comparator<Script> COMPARATOR = Comparator.comparing(script -> script.revision().location(), LOCATIONS);

    private LoadOrder() {
    }

    /** {@code scripts} in load order. */
    static List<Script> sort(Collection<Script> scripts) {
        return scripts.stream()
                .map(script -> Map.entry(Key.of(script.revision().location()), script))
                .sorted(Map.Entry.comparingByKey(KEYS))
                .map(Map.Entry::getValue)
                .toList();
    }
}
