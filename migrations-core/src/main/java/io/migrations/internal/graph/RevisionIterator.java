package io.migrations.internal.graph;

import io.migrations.api.MultipleHeadsException;
import io.migrations.api.NotAncestorException;
import io.migrations.api.TargetException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Alembic's {@code iterate_revisions}: which revisions an upgrade, a downgrade or a history listing covers, and
 * in which order ({@code _collect_upgrade_revisions}, {@code _collect_downgrade_revisions},
 * {@code _topological_sort}). Error messages are those the matching Alembic command prints, with advice added.
 */
public final class RevisionIterator {

    private final RevisionGraph graph;
    private final Lookup lookup;
    private final DestinationParser parser;
    private final TopologicalSort sort;

    public RevisionIterator(RevisionGraph graph) {
        this.graph = graph;
        this.lookup = new Lookup(graph);
        this.parser = new DestinationParser(lookup);
        this.sort = new TopologicalSort(graph);
    }

    /**
     * The revisions {@code upgrade target} runs from the given current heads, in the order they run.
     *
     * @throws TargetException when the target cannot be resolved from these heads
     */
    public List<String> upgrade(List<String> currentHeads, String target) {
        return withMessages(target, "upgrade", () -> {
            Collected collected = collectUpgrade(new Spec.Text(target), new Spec.Ids(currentHeads), false, true,
                    true);
            List<String> order = new ArrayList<>(ids(sort.sort(collected.revisions(), collected.heads())));
            Collections.reverse(order);
            return order;
        });
    }

    /**
     * The revisions {@code downgrade target} undoes from the given current heads, in the order they are undone.
     *
     * @throws TargetException when the target is not below the current heads or cannot be resolved
     */
    public List<String> downgrade(List<String> currentHeads, String target) {
        return withMessages(target, "downgrade", () -> {
            Collected collected = collectDowngrade(new Spec.Ids(currentHeads), target);
            return ids(sort.sort(collected.revisions(), collected.heads()));
        });
    }

    /** {@code history -r base:head}, newest first; {@code base} and {@code head} are targets as written. */
    public List<String> history(String base, String head) {
        return history(new Spec.Text(base), new Spec.Text(head), base + ":" + head);
    }

    /** {@code history -r current:head}: from the given current heads (a non-empty list of ids) up to head. */
    public List<String> historyFrom(List<String> currentHeads, String head) {
        return history(new Spec.Ids(currentHeads), new Spec.Text(head), "current:" + head);
    }

    /** {@code history -r base:current}: from base up to the given current heads (a non-empty list of ids). */
    public List<String> historyTo(String base, List<String> currentHeads) {
        return history(new Spec.Text(base), new Spec.Ids(currentHeads), base + ":current");
    }

    private List<String> history(Spec base, Spec head, String range) {
        String headText = String.join(", ", head.toTuple());
        try {
            Collected collected = collectUpgrade(head, base, true, false, false);
            return ids(sort.sort(collected.revisions(), collected.heads()));
        } catch (NotAncestorException e) {
            throw new NotAncestorException(range, "Requested range " + range + " does not refer to "
                    + "ancestor/descendant revisions along the same branch. Pick a start that is an ancestor of the "
                    + "end, e.g. 'base:" + headText + "'.");
        } catch (MultipleHeadsException e) {
            throw new MultipleHeadsException(headText, e.candidates());
        }
    }

    private List<String> withMessages(String target, String command, Supplier<List<String>> plan) {
        try {
            return plan.get();
        } catch (NotAncestorException e) {
            throw new NotAncestorException(target, "Destination " + target + " is not a valid " + command
                    + " target from current head(s). Run 'current' and 'history' to see where the database is; "
                    + ("upgrade".equals(command) ? "upgrade to a descendant of a current head."
                    : "downgrade to an ancestor of a current head."));
        } catch (MultipleHeadsException e) {
            throw new MultipleHeadsException(target, e.candidates());
        }
    }

    private Collected collectUpgrade(Spec upper, Spec lower, boolean inclusive, boolean implicitBase,
                                     boolean assertRelativeLength) {
        List<Integer> targets = Lookup.requireRevisions(parser.upgradeTargets(lower, upper, assertRelativeLength), upper);
        if (lower instanceof Spec.Text text && text.text().contains("@")) {
            targets = onNamedBranch(targets, text.text());
        }
        BitSet required = Traversal.reachChecked(graph.topology().normalized(), targets, graph);
        List<Position> lowerPositions = lookup.revisions(lower);
        if (!implicitBase && lowerPositions.stream().anyMatch(p -> p != Position.NOTHING
                && !(p instanceof Position.At at && required.get(at.node())))) {
            throw new NotAncestorException(String.join(", ", lower.toTuple()), "Revision " + String.join(", ",
                    lower.toTuple()) + " is not an ancestor of revision " + String.join(", ", upper.toTuple()));
        }
        List<Integer> current = !lowerPositions.isEmpty() && lowerPositions.get(0) == Position.NOTHING
                ? relativeLower(upper, lower, assertRelativeLength) : Lookup.requireRevisions(lowerPositions, lower);
        BitSet needs = (BitSet) required.clone();
        needs.andNot(Traversal.reachChecked(graph.topology().normalized(), current, graph));
        if (inclusive) {
            current.forEach(needs::set);
        }
        if (!current.isEmpty() && !implicitBase) {
            needs.and(Traversal.reachChecked(graph.topology().next(), current, graph));
        }
        return new Collected(needs, targets);
    }

    /** A lower bound like {@code x@base:heads} keeps only targets carrying branch label {@code x}. */
    private List<Integer> onNamedBranch(List<Integer> targets, String lower) {
        String branch = lower.substring(0, lower.indexOf('@'));
        if (lookup.revision(branch) instanceof Position.At at && graph.idAt(at.node()).equals(branch)) {
            List<String> labels = List.copyOf(graph.labelsAt(at.node()));
            if (labels.size() != 1) {
                throw new TargetException(lower, "Revision " + branch + " is used as a branch in '" + lower
                        + "' but carries " + labels.size() + " branch labels " + labels + "; name a branch label "
                        + "instead.", labels);
            }
            branch = labels.get(0);
        }
        String label = branch;
        return List.copyOf(new LinkedHashSet<>(targets.stream()
                .filter(target -> graph.labelsAt(target).contains(label)).toList()));
    }

    /** A relative lower bound that walked off the history is re-read relative to the upper bound. */
    private List<Integer> relativeLower(Spec upper, Spec lower, boolean assertRelativeLength) {
        Position position = parser.downgradeTarget(upper, String.join(", ", lower.toTuple()), assertRelativeLength)
                .position();
        return position == Position.BELOW_BASE ? List.of() : Lookup.requireRevisions(List.of(position), lower);
    }

    private Collected collectDowngrade(Spec current, String target) {
        DestinationParser.Downgrade destination = parser.downgradeTarget(current, target, true);
        Position position = destination.position() == Position.BELOW_BASE ? Position.NOTHING : destination.position();
        List<Integer> roots = roots(position);
        if (Lookup.isSet(destination.branch()) && rootCount(position, roots) > 1) {
            BitSet onBranch = Traversal.reach(graph.topology().versioned(),
                    lookup.resolveBranch(destination.branch()));
            roots = roots.stream().filter(onBranch::get).toList();
            if (roots.isEmpty()) {
                throw new TargetException(target, "Not a valid downgrade target from current heads: nothing on "
                        + "branch '" + destination.branch() + "' lies above it. Run 'current' to see the heads.",
                        List.of());
            }
        }
        List<Integer> heads = lookup.revisionsOnly(current);
        BitSet drop = Traversal.reach(graph.topology().allNext(), roots);
        drop.and(Traversal.reach(graph.topology().normalized(), heads));
        if (position instanceof Position.At at && drop.isEmpty() && !heads.contains(at.node())) {
            throw new NotAncestorException(target, "Nothing to drop");
        }
        return new Collected(drop, heads);
    }

    /** The revisions right above the destination; every base when downgrading to base. */
    private List<Integer> roots(Position position) {
        if (position instanceof Position.At at) {
            return java.util.Arrays.stream(graph.topology().next()[at.node()]).boxed().toList();
        }
        return java.util.Arrays.stream(graph.baseNodes()).boxed().toList();
    }

    /**
     * Alembic counts roots over its revision map, where a base with branch labels is listed once per label too;
     * only whether there is more than one matters.
     */
    private int rootCount(Position position, List<Integer> roots) {
        return position instanceof Position.At ? roots.size() : roots.stream().mapToInt(graph::mapEntries).sum();
    }

    private List<String> ids(List<Integer> nodes) {
        return nodes.stream().map(graph::idAt).toList();
    }

    private record Collected(BitSet revisions, List<Integer> heads) {
    }
}
