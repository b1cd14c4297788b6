package io.migrations.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph the layered layout works on: the real nodes (indexes {@code 0..n-1}, in view order) plus a dummy vertex
 * wherever an edge crosses a row, so that every link joins two neighbouring rows. Built once, then read.
 */
final class LayeredGraph {

    private final int realCount;
    private final List<Integer> layers = new ArrayList<>();
    private final List<List<Integer>> lower = new ArrayList<>();
    private final List<List<Integer>> upper = new ArrayList<>();
    private final int[][] chains;
    private final int layerCount;

    /**
     * @param layer per real node, its row
     * @param edges per edge, {@code {from, to}} real node indexes with {@code layer[from] < layer[to]}
     */
    LayeredGraph(int[] layer, int[][] edges) {
        this.realCount = layer.length;
        int top = 0;
        for (int node = 0; node < layer.length; node++) {
            add(layer[node]);
            top = Math.max(top, layer[node]);
        }
        this.layerCount = layer.length == 0 ? 0 : top + 1;
        this.chains = new int[edges.length][];
        for (int e = 0; e < edges.length; e++) {
            int from = edges[e][0];
            int to = edges[e][1];
            int[] chain = new int[layer[to] - layer[from] + 1];
            chain[0] = from;
            for (int row = layer[from] + 1, i = 1; row < layer[to]; row++, i++) {
                chain[i] = add(row);
            }
            chain[chain.length - 1] = to;
            for (int i = 1; i < chain.length; i++) {
                upper.get(chain[i - 1]).add(chain[i]);
                lower.get(chain[i]).add(chain[i - 1]);
            }
            chains[e] = chain;
        }
    }

    private int add(int row) {
        layers.add(row);
        lower.add(new ArrayList<>(2));
        upper.add(new ArrayList<>(2));
        return layers.size() - 1;
    }

    /** Real nodes and dummies. */
    int size() {
        return layers.size();
    }

    /** Number of rows. */
    int layerCount() {
        return layerCount;
    }

    boolean isDummy(int vertex) {
        return vertex >= realCount;
    }

    int layer(int vertex) {
        return layers.get(vertex);
    }

    /** Neighbours one row down (older). */
    List<Integer> lower(int vertex) {
        return lower.get(vertex);
    }

    /** Neighbours one row up (newer). */
    List<Integer> upper(int vertex) {
        return upper.get(vertex);
    }

    /** Neighbours in the row {@code direction} away: -1 down, +1 up. */
    List<Integer> neighbours(int vertex, int direction) {
        return direction < 0 ? lower(vertex) : upper(vertex);
    }

    /** The vertices an edge passes through, from its first node to its last. */
    int[] chain(int edge) {
        return chains[edge];
    }
}
