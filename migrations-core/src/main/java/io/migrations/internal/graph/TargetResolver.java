package io.migrations.internal.graph;

import java.util.List;
import java.util.Optional;

/**
 * Resolves targets the way Alembic's {@code get_revisions} / {@code get_revision} do, for commands that name
 * revisions without moving the database ({@code show}, {@code stamp}, offline ranges, {@code current}).
 */
public final class TargetResolver {

    private final RevisionGraph graph;
    private final Lookup lookup;

    public TargetResolver(RevisionGraph graph) {
        this.graph = graph;
        this.lookup = new Lookup(graph);
    }

    /**
     * Every revision a target names ({@code heads} may name several, {@code base} none), as {@code show} lists them.
     *
     * @throws TargetException when the target is unknown, ambiguous, or walks out of the history
     */
    public List<String> resolve(String target) {
        return ids(Lookup.requireRevisions(lookup.revisions(Target.parse(target).text()), new Spec.Text(target)));
    }

    /**
     * Like {@link #resolve} but keeps Alembic's "nothing" (a walk such as {@code -5} past the base) as an empty
     * element, which {@code stamp} treats as base.
     */
    public List<Optional<String>> resolveOrNothing(String target) {
        List<Position> positions = lookup.revisions(Target.parse(target).text());
        if (positions.contains(Position.BELOW_BASE)) {
            Lookup.requireRevisions(positions, new Spec.Text(target));
        }
        return positions.stream().map(this::idOf).toList();
    }

    /**
     * The single revision a target names; empty for {@code base}.
     *
     * @throws MultipleHeadsException when it names several heads
     */
    public Optional<String> resolveOne(String target) {
        return idOf(lookup.revision(Target.parse(target).text()));
    }

    /** The given revisions that are ancestors or descendants of what {@code target} names. */
    public List<String> filterForLineage(List<String> ids, String target, Dependencies dependencies) {
        return ids(lookup.filterForLineage(graph.indexesOf(ids), target, dependencies));
    }

    /** What {@code current} shows for these version-table rows: the tip of each applied branch, in load order. */
    public List<String> currentBranchHeads(List<String> currentHeads) {
        return ids(lookup.allCurrent(currentHeads));
    }

    /** The revision at {@code position}; empty for nothing (base). */
    private Optional<String> idOf(Position position) {
        return position instanceof Position.At at ? Optional.of(graph.idAt(at.node())) : Optional.empty();
    }

    private List<String> ids(List<Integer> nodes) {
        return nodes.stream().map(graph::idAt).toList();
    }
}
