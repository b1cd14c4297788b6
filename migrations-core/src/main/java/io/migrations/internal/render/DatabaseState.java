package io.migrations.internal.render;

import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a database says about the revisions, for marking them in a picture.
 *
 * @param current revisions in the version table (those the graph does not know are ignored)
 * @param applied revisions the database has: the current ones and everything they build on
 * @param pending revisions an upgrade to the heads would apply
 */
public record DatabaseState(Set<String> current, Set<String> applied, Set<String> pending) {

    public DatabaseState {
        current = Set.copyOf(current);
        applied = Set.copyOf(applied);
        pending = Set.copyOf(pending);
    }

    /**
     * The state of a database at {@code current} with {@code pending} waiting; applied revisions are derived from
     * the graph, dependencies included, as an upgrade sees them.
     */
    public static DatabaseState of(RevisionGraph graph, Collection<String> current, Collection<String> pending) {
        List<String> known = current.stream().filter(graph::contains).toList();
        return new DatabaseState(Set.copyOf(known), graph.ancestors(known, Dependencies.FOLLOWED), Set.copyOf(pending));
    }
}
