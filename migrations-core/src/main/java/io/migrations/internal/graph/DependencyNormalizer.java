package io.migrations.internal.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Alembic's {@code _normalize_depends_on}: a dependency is dropped from a revision when one of its strict
 * {@code down_revision} ancestors already declares it, so that only the "nearest" declaration stays an edge.
 *
 * <p>Alembic walks all ancestors of every revision that has dependencies; to stay linear on long histories this
 * asks, per dependency, whether another revision declaring it is an ancestor, searching downwards only through
 * revisions ranked above the candidate. Alembic keeps the survivors in a set (so their order varies between runs);
 * here they keep their declared order.
 */
final class DependencyNormalizer {

    private final int[][] versioned;
    private final int[][] resolvedDeps;
    private final int[] rank;
    private final Map<Integer, List<Integer>> declarers = new HashMap<>();

    DependencyNormalizer(int[][] versioned, int[][] resolvedDeps, int[] rank) {
        this.versioned = versioned;
        this.resolvedDeps = resolvedDeps;
        this.rank = rank;
        for (int node = 0; node < resolvedDeps.length; node++) {
            for (int dep : resolvedDeps[node]) {
                declarers.computeIfAbsent(dep, key -> new ArrayList<>(1)).add(node);
            }
        }
    }

    /** The dependencies of {@code node} that no strict versioned ancestor declares, in declared order. */
    int[] normalizedDependencies(int node) {
        if (resolvedDeps[node].length == 0) {
            return resolvedDeps[node];
        }
        return java.util.Arrays.stream(resolvedDeps[node])
                .filter(dep -> declarers.get(dep).stream()
                        .noneMatch(other -> other != node && isVersionedAncestor(other, node)))
                .toArray();
    }

    private boolean isVersionedAncestor(int candidate, int node) {
        if (rank[candidate] >= rank[node]) {
            return false;
        }
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(node);
        while (!todo.isEmpty()) {
            for (int parent : versioned[todo.pop()]) {
                if (parent == candidate) {
                    return true;
                }
                if (rank[parent] > rank[candidate] && !seen.get(parent)) {
                    seen.set(parent);
                    todo.push(parent);
                }
            }
        }
        return false;
    }
}
