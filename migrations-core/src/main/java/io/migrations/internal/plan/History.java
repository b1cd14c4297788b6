package io.migrations.internal.plan;

import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.RevisionIterator;
import java.util.List;

/**
 * The revisions {@code history [-r start:end]} lists, newest first, in Alembic's order. Either end may be
 * {@code current}, meaning the database's heads (an empty database makes it the default end).
 */
public final class History {

    private static final String CURRENT = "current";

    private final RevisionIterator iterator;

    public History(RevisionGraph graph) {
        this.iterator = new RevisionIterator(graph);
    }

    /** Everything, newest first. */
    public List<String> all() {
        return iterator.history("base", "heads");
    }

    /**
     * The revisions of a {@code start:end} range (either side may be empty).
     *
     * @param currentHeads the database heads, used when a side is {@code current}
     * @throws TargetException when the range is malformed, unknown or not along one line of descent
     */
    public List<String> range(String range, List<String> currentHeads) {
        String[] sides = range.strip().split(":", -1);
        if (sides.length != 2) {
            throw new TargetException(range, "History range requires [start]:[end], [start]:, or :[end]; got '"
                    + range + "'.", List.of());
        }
        String base = sides[0];
        String head = sides[1];
        if (CURRENT.equals(head)) {
            return currentHeads.isEmpty() ? iterator.history(orBase(base), "heads")
                    : iterator.historyTo(orBase(base), currentHeads);
        }
        if (CURRENT.equals(base)) {
            return currentHeads.isEmpty() ? iterator.history("base", orHeads(head))
                    : iterator.historyFrom(currentHeads, orHeads(head));
        }
        return iterator.history(orBase(base), orHeads(head));
    }

    private static String orBase(String base) {
        return base.isEmpty() ? "base" : base;
    }

    private static String orHeads(String head) {
        return head.isEmpty() ? "heads" : head;
    }
}
