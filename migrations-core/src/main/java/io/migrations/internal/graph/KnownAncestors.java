package io.migrations.internal.graph;

import java.util.BitSet;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The ancestors of one revision (itself included), discovered only as far down as questions need.
 *
 * <p>An ancestor always ranks below its descendants, so whether a revision is an ancestor is settled once every
 * discovered revision ranking above it has had its parents discovered. Walking from the highest rank down, each
 * revision is expanded at most once however many questions are asked, and a question about a revision near the
 * start costs only the part of the graph between them, not the whole history below.
 */
final class KnownAncestors {

    private final int[][] parents;
    private final int[] rank;
    private final BitSet discovered = new BitSet();
    private final PriorityQueue<Integer> unexpanded;

    KnownAncestors(int[][] parents, int[] rank, int start) {
        this.parents = parents;
        this.rank = rank;
        this.unexpanded = new PriorityQueue<>(Comparator.comparingInt((Integer node) -> rank[node]).reversed());
        discovered.set(start);
        unexpanded.add(start);
    }

    /** Whether {@code node} is the start revision or one of its ancestors. */
    boolean contains(int node) {
        while (!unexpanded.isEmpty() && rank[unexpanded.peek()] > rank[node]) {
            for (int parent : parents[unexpanded.poll()]) {
                if (!discovered.get(parent)) {
                    discovered.set(parent);
                    unexpanded.add(parent);
                }
            }
        }
        return discovered.get(node);
    }
}
