package io.migrations.internal.graph;

import io.migrations.api.TargetException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Alembic's {@code _topological_sort}: orders revisions newest first, walking down from the given heads
 * (sorted by load order) and switching to another head whenever the current candidate is still an ancestor
 * of it. The tie-breaking of this walk is what {@code history} and upgrade/downgrade orders show, so it is
 * reproduced step by step.
 */
final class TopologicalSort {

    private final RevisionGraph graph;
    private final int[][] parents;
    private final int[] rank;

    TopologicalSort(RevisionGraph graph) {
        this.graph = graph;
        this.parents = graph.topology().normalized();
        this.rank = graph.topology().rank();
    }

    /** The revisions of {@code todo}, each before its parents and dependencies. */
    List<Integer> sort(BitSet todo, Collection<Integer> heads) {
        BitSet remaining = (BitSet) todo.clone();
        List<Integer> current = new ArrayList<>();
        for (int head : new TreeSet<>(heads)) {
            if (remaining.get(head)) {
                current.add(head);
            }
        }
        List<KnownAncestors> ancestors = new ArrayList<>();
        current.forEach(head -> ancestors.add(ancestorsOf(head)));
        List<Integer> output = new ArrayList<>(remaining.cardinality());
        int index = 0;
        while (!current.isEmpty()) {
            int candidate = current.get(index);
            int blocking = blockingHead(candidate, index, ancestors);
            if (blocking >= 0) {
                index = blocking;
                continue;
            }
            if (remaining.get(candidate)) {
                output.add(candidate);
                remaining.clear(candidate);
            }
            index = descend(candidate, index, current, ancestors, remaining);
        }
        if (!remaining.isEmpty()) {
            throw unreachable(remaining);
        }
        return output;
    }

    /**
     * Some revisions to order hang below revisions that are not part of the range (through a dependency):
     * Alembic's walk cannot reach them and fails an assertion, so the range is refused.
     */
    private TargetException unreachable(BitSet remaining) {
        List<String> ids = remaining.stream().mapToObj(graph::idAt).toList();
        return new TargetException(String.join(", ", ids), "Cannot order revisions " + String.join(", ", ids)
                + ": they are reached only through revisions outside the requested range (via depends_on), "
                + "which Alembic cannot walk either. Widen the range, e.g. start from 'base'.", ids);
    }

    /** The first other head that still has the candidate as an ancestor, or -1. */
    private static int blockingHead(int candidate, int index, List<KnownAncestors> ancestors) {
        for (int other = 0; other < ancestors.size(); other++) {
            if (other != index && ancestors.get(other).contains(candidate)) {
                return other;
            }
        }
        return -1;
    }

    /** Replaces the emitted head by its parents still to emit; returns the next candidate index. */
    private int descend(int candidate, int index, List<Integer> current, List<KnownAncestors> ancestors,
                        BitSet remaining) {
        List<Integer> toAdd = new ArrayList<>();
        for (int parent : parents[candidate]) {
            if (remaining.get(parent) && !current.contains(parent)) {
                toAdd.add(parent);
            }
        }
        if (toAdd.isEmpty()) {
            current.remove(index);
            ancestors.remove(index);
            return Math.max(index - 1, 0);
        }
        current.set(index, toAdd.get(0));
        // On plain movement down a line Alembic removes the candidate from the head's ancestors, which then are
        // exactly the new head's. The candidate has just been emitted and is never asked about again, so keeping
        // the set unchanged gives the same answers.
        if (parents[candidate].length > 1) {
            ancestors.set(index, ancestorsOf(toAdd.get(0)));
            for (int extra : toAdd.subList(1, toAdd.size())) {
                current.add(extra);
                ancestors.add(ancestorsOf(extra));
            }
        }
        return index;
    }

    private KnownAncestors ancestorsOf(int node) {
        return new KnownAncestors(parents, rank, node);
    }
}
