package io.migrations.internal.graph;

/**
 * The edges of a validated graph as index arrays (index = load order), in the shapes Alembic's
 * {@code Revision} derives: {@code _versioned_down_revisions}, {@code _normalized_down_revisions},
 * {@code _all_down_revisions}, {@code nextrev} and {@code _all_nextrev}.
 *
 * <p>Arrays are filled once by {@link GraphBuilder} and never written afterwards; they stay inside the package.
 *
 * @param versioned   parents named by {@code down_revision}, in declared order
 * @param resolvedDeps {@code depends_on} resolved to revision indexes, in declared order
 * @param normalized  versioned parents followed by the dependencies not already implied by a versioned ancestor
 * @param all         versioned parents followed by every resolved dependency, without repeats
 * @param next        children through {@code down_revision}, in load order
 * @param allNext     children through {@code down_revision} or {@code depends_on}, in load order
 * @param rank        a topological rank: every revision ranks above each of its parents along {@code all}
 *                    (and so along {@code versioned} and {@code normalized})
 */
record Topology(int[][] versioned, int[][] resolvedDeps, int[][] normalized, int[][] all, int[][] next,
                int[][] allNext, int[] rank) {
}
