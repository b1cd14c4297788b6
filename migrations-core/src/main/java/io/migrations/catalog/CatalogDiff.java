package io.migrations.catalog;

import io.migrations.catalog.Difference.Change;
import io.migrations.catalog.Entries.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What turns one catalog into another, as data: each added or removed object once (a removed table, not also its
 * columns), and each changed attribute of an object present in both. Columns are matched by name, so their order
 * does not count; routines by signature, so overloads are told apart.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(expected, actual);
 * diff.differences().forEach(d -> System.out.println(d.describe()));
 * }</pre>
 *
 * @param differences in catalog order: schemas, extensions, types, sequences, tables each followed by what hangs
 *                    on them, views, routines
 */
public record CatalogDiff(List<Difference> differences) {

    public CatalogDiff {
        differences = List.copyOf(differences);
    }

    /** The differences that turn {@code before} into {@code after}. */
    public static CatalogDiff between(Catalog before, Catalog after) {
        List<Entry> first = Entries.of(before);
        List<Entry> second = Entries.of(after);
        Matched<Entry> matched = Matched.by(first, second, Entry::id);
        Set<ObjectId> gone = ids(matched.removed());
        Set<ObjectId> come = ids(matched.added());
        List<Difference> differences = new ArrayList<>();
        for (Entry entry : first) {
            if (gone.contains(entry.id()) && !gone.contains(entry.parent())) {
                differences.add(new Difference(entry.id(), Change.REMOVED, "", entry.summary(), ""));
            }
        }
        for (Entry entry : second) {
            if (come.contains(entry.id()) && !come.contains(entry.parent())) {
                differences.add(new Difference(entry.id(), Change.ADDED, "", "", entry.summary()));
            }
        }
        for (Matched.Pair<Entry> pair : matched.changed()) {
            pair.after().attributes().forEach((attribute, value) -> {
                String old = pair.before().attributes().getOrDefault(attribute, "");
                if (!Objects.equals(old, value)) {
                    differences.add(new Difference(pair.after().id(), Change.CHANGED, attribute, old, value));
                }
            });
            pair.before().attributes().forEach((attribute, old) -> {
                if (!pair.after().attributes().containsKey(attribute) && !old.isEmpty()) {
                    differences.add(new Difference(pair.after().id(), Change.CHANGED, attribute, old, ""));
                }
            });
        }
        Map<ObjectId, Double> position = positions(first, second);
        differences.sort(Comparator.comparing(difference -> position.get(difference.object())));
        return new CatalogDiff(differences);
    }

    /** Where each object sorts: its place in the first catalog, or just after what precedes it in the second. */
    private static Map<ObjectId, Double> positions(List<Entry> first, List<Entry> second) {
        Map<ObjectId, Double> position = new HashMap<>();
        for (Entry entry : first) {
            position.put(entry.id(), (double) position.size());
        }
        double last = -1;
        for (Entry entry : second) {
            last = position.containsKey(entry.id()) ? position.get(entry.id()) : last + 1e-6;
            position.putIfAbsent(entry.id(), last);
        }
        return position;
    }

    /** Whether the two catalogs describe the same schema. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** One line per difference. */
    public String text() {
        StringBuilder text = new StringBuilder();
        differences.forEach(difference -> text.append(difference.describe()).append('\n'));
        return text.toString();
    }

    private static Set<ObjectId> ids(List<Entry> entries) {
        Set<ObjectId> ids = new HashSet<>();
        entries.forEach(entry -> ids.add(entry.id()));
        return ids;
    }
}
