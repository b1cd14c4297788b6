package io.migrations.internal.render;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Third step of the layered layout: horizontal centres for the ordered rows. Each vertex is pulled towards the median
 * of its neighbours in the next row, in downward and upward sweeps; within a row the order is kept and neighbours stay
 * apart by their half widths plus a gap. A chain of revisions ends up in a straight column, the branches of a fork
 * side by side around it, and a long edge straight through the rows it crosses.
 */
final class CoordinateAssignment {

    private static final int SWEEPS = 8;

    private CoordinateAssignment() {
    }

    /**
     * @param rows       per row, its vertices from left to right
     * @param separation the least distance between the centres of two neighbours in a row
     * @param width      per vertex, its width
     * @return per vertex, its horizontal centre; the leftmost edge is at 0
     */
    static double[] centres(LayeredGraph graph, int[][] rows, SeparationRule separation, IntToDoubleFunction width) {
        double[] x = new double[graph.size()];
        for (int[] row : rows) {
            for (int i = 1; i < row.length; i++) {
                x[row[i]] = x[row[i - 1]] + separation.between(row[i - 1], row[i]);
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int row = 1; row < rows.length; row++) {
                align(graph, rows[row], x, separation, -1);
            }
            for (int row = rows.length - 2; row >= 0; row--) {
                align(graph, rows[row], x, separation, +1);
            }
        }
        double left = Double.MAX_VALUE;
        for (int vertex = 0; vertex < x.length; vertex++) {
            left = Math.min(left, x[vertex] - width.applyAsDouble(vertex) / 2);
        }
        for (int vertex = 0; vertex < x.length; vertex++) {
            x[vertex] -= left;
        }
        return x;
    }

    /** The least distance between the centres of two vertices next to each other in a row. */
    @FunctionalInterface
    interface SeparationRule {
        double between(int left, int right);
    }

    /**
     * Moves the row's vertices towards their wanted places: a pass from the left that only pushes right and one from
     * the right that only pushes left, averaged. Both keep order and separation, so their average does too.
     */
    private static void align(LayeredGraph graph, int[] row, double[] x, SeparationRule separation, int direction) {
        int n = row.length;
        double[] wanted = new double[n];
        for (int i = 0; i < n; i++) {
            wanted[i] = median(graph.neighbours(row[i], direction), x, x[row[i]]);
        }
        double[] fromLeft = new double[n];
        double[] fromRight = new double[n];
        for (int i = 0; i < n; i++) {
            fromLeft[i] = i == 0 ? wanted[i] : Math.max(wanted[i], fromLeft[i - 1] + separation.between(row[i - 1], row[i]));
        }
        for (int i = n - 1; i >= 0; i--) {
            fromRight[i] = i == n - 1 ? wanted[i]
                    : Math.min(wanted[i], fromRight[i + 1] - separation.between(row[i], row[i + 1]));
        }
        for (int i = 0; i < n; i++) {
            x[row[i]] = (fromLeft[i] + fromRight[i]) / 2;
        }
    }

    private static double median(List<Integer> neighbours, double[] x, double otherwise) {
        if (neighbours.isEmpty()) {
            return otherwise;
        }
        double[] values = neighbours.stream().mapToDouble(v -> x[v]).toArray();
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
