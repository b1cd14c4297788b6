package io.migrations.internal.render;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * First step of the layered layout: a row per node such that every edge goes from a lower to a higher row. Rows are
 * longest paths from the bases, so a chain of revisions climbs one row at a time; a base with no parents is then
 * lifted to just below its first child, so a second base does not stretch an edge down to row 0.
 */
final class LayerAssignment {

    private LayerAssignment() {
    }

    /**
     * @param parents  per node, the nodes its incoming edges come from
     * @param children per node, the nodes its outgoing edges go to
     * @return per node, its layer (0 = oldest)
     */
    static int[] layers(int[][] parents, int[][] children) {
        int n = parents.length;
        int[] order = topologicalOrder(parents, children);
        int[] layer = new int[n];
        for (int node : order) {
            for (int parent : parents[node]) {
                layer[node] = Math.max(layer[node], layer[parent] + 1);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int node = order[i];
            if (parents[node].length == 0 && children[node].length > 0) {
                layer[node] = Arrays.stream(children[node]).map(child -> layer[child]).min().orElseThrow() - 1;
            }
        }
        return layer;
    }

    /** Kahn's algorithm; ties go to the lower index, which is load order. */
    private static int[] topologicalOrder(int[][] parents, int[][] children) {
        int n = parents.length;
        int[] waiting = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int node = 0; node < n; node++) {
            waiting[node] = parents[node].length;
            if (waiting[node] == 0) {
                ready.add(node);
            }
        }
        int[] order = new int[n];
        int count = 0;
        while (!ready.isEmpty()) {
            int node = ready.poll();
            order[count++] = node;
            for (int child : children[node]) {
                if (--waiting[child] == 0) {
                    ready.add(child);
                }
            }
        }
        if (count != n) {
            throw new IllegalArgumentException("the revisions to lay out contain a cycle");
        }
        return order;
    }
}
