package io.migrations.internal.plan;

import io.migrations.api.MultipleHeadsException;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.TargetResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Alembic's {@code ScriptDirectory._stamp_revs}: for each destination, the current heads on its line of descent
 * are moved to it in one stamp step (up or down); a destination on no current line becomes a new branch, and
 * {@code base} removes the heads.
 */
final class StampPlanner {

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    StampPlanner(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    List<Move> moves(List<String> heads, List<String> targets) {
        List<String> destinationsAsWritten = targets.isEmpty() ? List.of("base") : targets;
        try {
            List<String> affected = affectedHeads(heads, destinationsAsWritten);
            List<Move> moves = new ArrayList<>();
            for (Optional<String> destination : destinations(destinationsAsWritten)) {
                moves.addAll(movesTo(destination, affected));
            }
            return moves;
        } catch (MultipleHeadsException e) {
            throw new TargetException(String.join(" ", targets), "Multiple heads are present; please specify a single "
                    + "target revision (heads: " + String.join(", ", e.candidates()) + "). Name a revision, "
                    + "'<branch>@head', or 'heads' to stamp every head.", e.candidates());
        }
    }

    /** The current heads sharing lineage (dependencies included) with any destination. */
    private List<String> affectedHeads(List<String> heads, List<String> targets) {
        Set<String> affected = new LinkedHashSet<>();
        for (String target : targets) {
            if (!target.isEmpty()) {
                affected.addAll(resolver.filterForLineage(heads, target, Dependencies.FOLLOWED));
            }
        }
        return List.copyOf(affected);
    }

    private List<Optional<String>> destinations(List<String> targets) {
        List<Optional<String>> destinations = new ArrayList<>();
        targets.forEach(target -> destinations.addAll(resolver.resolveOrNothing(target)));
        return destinations.isEmpty() ? List.of(Optional.empty()) : destinations;
    }

    private List<Move> movesTo(Optional<String> destination, List<String> affected) {
        if (destination.isEmpty()) {
            return affected.stream().<Move>map(head -> new StampMove(graph, List.of(head), List.of(), false, true))
                    .toList();
        }
        String dest = destination.get();
        if (affected.contains(dest)) {
            return List.of();
        }
        boolean headsAbove = !Collections.disjoint(graph.descendants(List.of(dest), Dependencies.FOLLOWED), affected);
        boolean headsBelow = !Collections.disjoint(graph.ancestors(List.of(dest), Dependencies.FOLLOWED), affected);
        if (headsAbove && headsBelow) {
            throw new TargetException(dest, "Cannot stamp " + dest + ": the current heads " + affected + " lie both "
                    + "above and below it. Stamp with --purge, or stamp each branch separately.", affected);
        }
        if (headsAbove || headsBelow) {
            return List.of(new StampMove(graph, affected, List.of(dest), headsBelow, false));
        }
        return List.of(new StampMove(graph, List.of(), List.of(dest), true, true));
    }
}
