package io.migrations.internal.graph;

import io.migrations.api.Revision;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code _add_branches}: a revision's branch labels spread to all its {@code down_revision}
 * descendants, and from the last descendant visited back down the chain of parents until a branch point
 * (counting dependents) or a merge point is met. Alembic visits the labelled revisions in set order; the
 * outcome does not depend on it, so load order is used.
 */
final class BranchLabeler {

    private final Topology topology;

    BranchLabeler(Topology topology) {
        this.topology = topology;
    }

    /** Each revision's labels: its own first (declared order), then those it inherits; immutable. */
    List<Set<String>> propagate(List<Revision> revisions) {
        List<Set<String>> labels = new ArrayList<>(revisions.size());
        for (Revision revision : revisions) {
            labels.add(revision.branchLabels().isEmpty() ? Set.of() : new LinkedHashSet<>(revision.branchLabels()));
        }
        for (int node = 0; node < revisions.size(); node++) {
            if (!revisions.get(node).branchLabels().isEmpty()) {
                spread(node, List.copyOf(labels.get(node)), labels);
            }
        }
        labels.replaceAll(set -> set.isEmpty() ? Set.of() : Collections.unmodifiableSet(set));
        return labels;
    }

    private static void add(List<Set<String>> labels, int node, List<String> names) {
        if (labels.get(node).isEmpty()) {
            labels.set(node, new LinkedHashSet<>());
        }
        labels.get(node).addAll(names);
    }

    private void spread(int labelled, List<String> names, List<Set<String>> labels) {
        int last = labelled;
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(labelled);
        while (!todo.isEmpty()) {
            int node = todo.pop();
            if (seen.get(node)) {
                continue;
            }
            seen.set(node);
            for (int child : topology.next()[node]) {
                todo.push(child);
            }
            add(labels, node, names);
            last = node;
        }
        int parent = last;
        while (topology.allNext()[parent].length <= 1 && topology.versioned()[parent].length <= 1) {
            add(labels, parent, names);
            if (topology.versioned()[parent].length == 0) {
                break;
            }
            parent = topology.versioned()[parent][0];
        }
    }
}
