package io.migrations.internal.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a cycle through {@code down_revision} and {@code depends_on} edges with an iterative depth-first
 * search (deep linear histories must not overflow the stack), and produces a topological rank.
 */
final class CycleFinder {

    private static final int UNSEEN = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private final int[][] parents;

    CycleFinder(int[][] parents) {
        this.parents = parents;
    }

    /** The revisions of one cycle in parent order (each is followed by its parent), or empty if there is none. */
    List<Integer> findCycle() {
        int[] state = new int[parents.length];
        int[] cursor = new int[parents.length];
        int[] path = new int[parents.length];
        for (int root = 0; root < parents.length; root++) {
            if (state[root] != UNSEEN) {
                continue;
            }
            int depth = 0;
            path[depth++] = root;
            state[root] = ON_PATH;
            while (depth > 0) {
                int node = path[depth - 1];
                if (cursor[node] == parents[node].length) {
                    state[node] = DONE;
                    depth--;
                    continue;
                }
                int parent = parents[node][cursor[node]++];
                if (state[parent] == ON_PATH) {
                    return pathFrom(path, depth, parent);
                }
                if (state[parent] == UNSEEN) {
                    state[parent] = ON_PATH;
                    path[depth++] = parent;
                }
            }
        }
        return List.of();
    }

    private static List<Integer> pathFrom(int[] path, int depth, int start) {
        List<Integer> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (int i = 0; i < depth; i++) {
            inCycle |= path[i] == start;
            if (inCycle) {
                cycle.add(path[i]);
            }
        }
        return cycle;
    }

    /**
     * A rank per revision that is larger than the rank of each of its parents (Kahn's algorithm);
     * only meaningful once {@link #findCycle()} found nothing.
     */
    int[] ranks(int[][] children) {
        int[] pending = new int[parents.length];
        int[] queue = new int[parents.length];
        int tail = 0;
        for (int node = 0; node < parents.length; node++) {
            pending[node] = parents[node].length;
            if (pending[node] == 0) {
                queue[tail++] = node;
            }
        }
        int[] rank = new int[parents.length];
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            rank[node] = head;
            for (int child : children[node]) {
                if (--pending[child] == 0) {
                    queue[tail++] = child;
                }
            }
        }
        return rank;
    }
}
