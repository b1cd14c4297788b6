package io.migrations.test;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The user objects of a database at one moment, each as one line such as {@code table public.users} or
 * {@code column public.users.email text not null}, so two snapshots compare as sets.
 *
 * @param objects the object lines, sorted
 */
record CatalogSnapshot(SortedSet<String> objects) {

    CatalogSnapshot {
        objects = Collections.unmodifiableSortedSet(new TreeSet<>(objects));
    }

    /** What changed from this snapshot to {@code after}. */
    Difference to(CatalogSnapshot after) {
        SortedSet<String> added = new TreeSet<>(after.objects);
        added.removeAll(objects);
        SortedSet<String> removed = new TreeSet<>(objects);
        removed.removeAll(after.objects);
        return new Difference(added, removed);
    }

    /** This snapshot with {@code change} applied, e.g. to predict the schema after replaying a revision. */
    CatalogSnapshot with(Difference change) {
        SortedSet<String> result = new TreeSet<>(objects);
        result.removeAll(change.removed());
        result.addAll(change.added());
        return new CatalogSnapshot(result);
    }

    /**
     * Objects added and removed between two snapshots.
     *
     * @param added   objects only in the later snapshot
     * @param removed objects only in the earlier snapshot
     */
    record Difference(SortedSet<String> added, SortedSet<String> removed) {

        Difference {
            added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
            removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
        }

        boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }
}
