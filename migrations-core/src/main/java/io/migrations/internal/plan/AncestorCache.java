package io.migrations.internal.plan;

import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import java.util.Set;

/**
 * Ancestors (with dependencies) of the "other heads" a merge or unmerge looks at. Consecutive steps on one
 * branch ask about the same other heads, so the last answer is kept to avoid a walk of the whole history per step.
 */
final class AncestorCache {

    private final RevisionGraph graph;
    private Set<String> lastQuery = Set.of();
    private Set<String> lastAnswer = Set.of();

    AncestorCache(RevisionGraph graph) {
        this.graph = graph;
    }

    Set<String> of(Set<String> revisions) {
        if (!revisions.equals(lastQuery)) {
            lastQuery = Set.copyOf(revisions);
            lastAnswer = graph.ancestors(revisions, Dependencies.FOLLOWED);
        }
        return lastAnswer;
    }
}
