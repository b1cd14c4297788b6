package io.migrations.internal.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Second step of the layered layout: orders the vertices of each row to cut down edge crossings, by the barycentre
 * heuristic in alternating downward and upward sweeps, keeping the best ordering seen. Ties keep the previous order,
 * so the result is deterministic and a plain chain stays in one column.
 */
final class CrossingReduction {

    /** Sweeps without improvement before giving up. */
    private static final int PATIENCE = 4;
    private static final int MAX_ROUNDS = 24;

    private CrossingReduction() {
    }

    /** Per row, its vertices from left to right. */
    static int[][] order(LayeredGraph graph) {
        int[][] rows = initialRows(graph);
        int[] position = positions(graph, rows);
        int[][] best = copy(rows);
        long bestCrossings = crossings(graph, rows, position);
        int stale = 0;
        for (int round = 0; round < MAX_ROUNDS && bestCrossings > 0 && stale < PATIENCE; round++) {
            for (int row = 1; row < rows.length; row++) {
                sortByBarycentre(graph, rows[row], position, -1);
            }
            for (int row = rows.length - 2; row >= 0; row--) {
                sortByBarycentre(graph, rows[row], position, +1);
            }
            long crossings = crossings(graph, rows, position);
            if (crossings < bestCrossings) {
                bestCrossings = crossings;
                best = copy(rows);
                stale = 0;
            } else {
                stale++;
            }
        }
        return best;
    }

    /** Total crossings between all pairs of neighbouring rows; {@code position} must match {@code rows}. */
    static long crossings(LayeredGraph graph, int[][] rows, int[] position) {
        long total = 0;
        for (int row = 0; row + 1 < rows.length; row++) {
            total += crossingsBetween(graph, rows[row], rows[row + 1].length, position);
        }
        return total;
    }

    private static int[][] initialRows(LayeredGraph graph) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int row = 0; row < graph.layerCount(); row++) {
            rows.add(new ArrayList<>());
        }
        for (int vertex = 0; vertex < graph.size(); vertex++) {
            rows.get(graph.layer(vertex)).add(vertex);
        }
        int[][] result = new int[rows.size()][];
        for (int row = 0; row < result.length; row++) {
            result[row] = rows.get(row).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private static int[] positions(LayeredGraph graph, int[][] rows) {
        int[] position = new int[graph.size()];
        for (int[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                position[row[i]] = i;
            }
        }
        return position;
    }

    /** Sorts {@code row} by the mean position of each vertex's neighbours in the row {@code direction} away. */
    private static void sortByBarycentre(LayeredGraph graph, int[] row, int[] position, int direction) {
        if (row.length < 2) {
            return;
        }
        double[] key = new double[graph.size()];
        for (int vertex : row) {
            List<Integer> neighbours = graph.neighbours(vertex, direction);
            key[vertex] = neighbours.isEmpty() ? position[vertex]
                    : neighbours.stream().mapToInt(n -> position[n]).average().orElseThrow();
        }
        Integer[] boxed = Arrays.stream(row).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> position[v]));
        for (int i = 0; i < row.length; i++) {
            row[i] = boxed[i];
            position[row[i]] = i;
        }
    }

    /** Crossings of the links between {@code lowerRow} and the row above it: inversions counted with a Fenwick tree. */
    private static long crossingsBetween(LayeredGraph graph, int[] lowerRow, int upperSize, int[] position) {
        long[] tree = new long[upperSize + 1];
        long crossings = 0;
        long seen = 0;
        for (int vertex : lowerRow) {
            int[] targets = graph.upper(vertex).stream().mapToInt(n -> position[n]).sorted().toArray();
            for (int target : targets) {
                // Links seen so far that end right of this one cross it.
                crossings += seen - prefix(tree, target + 1);
            }
            for (int target : targets) {
                for (int i = target + 1; i <= upperSize; i += i & -i) {
                    tree[i]++;
                }
                seen++;
            }
        }
        return crossings;
    }

    private static long prefix(long[] tree, int end) {
        long sum = 0;
        for (int i = end; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }

    private static int[][] copy(int[][] rows) {
        int[][] copy = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
