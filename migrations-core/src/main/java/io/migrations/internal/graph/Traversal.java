package io.migrations.internal.graph;

import io.migrations.api.TargetException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alembic's {@code _iterate_related_revisions}: everything reachable from some revisions along one kind of edge,
 * the revisions themselves included. With {@code check}, a requested revision met while walking from a later
 * requested one is an error, exactly as Alembic reports it.
 */
final class Traversal {

    private Traversal() {
    }

    static BitSet reach(int[][] edges, Iterable<Integer> starts) {
        BitSet seen = new BitSet(edges.length);
        int[] todo = new int[16];
        for (int start : starts) {
            int size = 0;
            todo[size++] = start;
            while (size > 0) {
                int node = todo[--size];
                if (!seen.get(node)) {
                    seen.set(node);
                    if (size + edges[node].length > todo.length) {
                        todo = Arrays.copyOf(todo, Math.max(todo.length * 2, size + edges[node].length));
                    }
                    for (int next : edges[node]) {
                        todo[size++] = next;
                    }
                }
            }
        }
        return seen;
    }

    static BitSet reach(int[][] edges, int start) {
        return reach(edges, List.of(start));
    }

    /** Like {@link #reach}, failing when one requested revision lies on the walk from a later one. */
    static BitSet reachChecked(int[][] edges, List<Integer> targets, RevisionGraph graph) {
        BitSet requested = new BitSet();
        targets.forEach(requested::set);
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        for (int target : targets) {
            Set<Integer> overlaps = new LinkedHashSet<>();
            todo.push(target);
            while (!todo.isEmpty()) {
                int node = todo.pop();
                if (node != target && requested.get(node)) {
                    overlaps.add(node);
                }
                if (!seen.get(node)) {
                    seen.set(node);
                    for (int next : edges[node]) {
                        todo.push(next);
                    }
                }
            }
            if (!overlaps.isEmpty()) {
                throw overlap(graph, target, overlaps);
            }
        }
        return seen;
    }

    private static TargetException overlap(RevisionGraph graph, int target, Set<Integer> overlaps) {
        List<String> others = overlaps.stream().map(graph::idAt).toList();
        String id = graph.idAt(target);
        return new TargetException(id, "Requested revision " + id + " overlaps with other requested revisions "
                + others.stream().collect(Collectors.joining(", ")) + ": one is an ancestor of the other. "
                + "Name only the newest revision of each branch.", others);
    }
}
