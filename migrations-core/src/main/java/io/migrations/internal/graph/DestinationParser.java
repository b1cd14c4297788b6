package io.migrations.internal.graph;

import io.migrations.api.TargetException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's {@code _parse_upgrade_target} and {@code _parse_downgrade_target}: absolute targets go through
 * {@link Lookup}; relative ones ({@code +N}, {@code -N}, {@code rev+N}, {@code branch@-N}) walk from a symbol or
 * from the current heads.
 */
final class DestinationParser {

    private final Lookup lookup;

    DestinationParser(Lookup lookup) {
        this.lookup = lookup;
    }

    /** Where a downgrade goes: the branch it is restricted to (may be null) and the position. */
    record Downgrade(String branch, Position position) {
    }

    List<Position> upgradeTargets(Spec current, Spec target, boolean assertRelativeLength) {
        if (!(target instanceof Spec.Text text) || !(Target.parse(text.text()) instanceof Target.Relative relative)) {
            return lookup.revisions(target);
        }
        String branch = relative.branch().orElse(null);
        int steps = relative.steps();
        if (steps > 0 && relative.symbol().isEmpty()) {
            Position start = upgradeStart(current.toTuple(), branch);
            Position position = lookup.walk(start, steps, branch, assertRelativeLength);
            if (position == Position.NOTHING) {
                throw notProduced(relative.text(), steps);
            }
            return List.of(position);
        }
        if (steps > 0) {
            return List.of(lookup.walk(lookup.revision(relative.symbol().get()), steps, branch, assertRelativeLength));
        }
        String symbol = relative.symbol().orElseThrow(() -> notProduced(relative.text(), steps));
        return List.of(lookup.walk(lookup.revision(qualified(branch, symbol)), steps, null, assertRelativeLength));
    }

    /** The single revision a relative upgrade walks up from; {@link Position#NOTHING} for base. */
    private Position upgradeStart(List<String> current, String branch) {
        if (!Lookup.isSet(branch)) {
            if (current.size() > 1) {
                throw ambiguousUpgrade(current);
            }
            return current.isEmpty() ? Position.NOTHING : lookup.revision(current.get(0));
        }
        List<Integer> currentRevisions = lookup.revisionsOnly(new Spec.Ids(current));
        List<Integer> starts = lookup.filterForLineage(currentRevisions, branch, Dependencies.IGNORED);
        if (starts.isEmpty()) {
            starts = tipsOnBranch(currentRevisions, branch);
        }
        if (starts.size() > 1) {
            throw ambiguousUpgrade(starts.stream().map(lookup.graph()::idAt).toList());
        }
        return starts.isEmpty() ? Position.NOTHING : Position.at(starts.get(0));
    }

    /** The branch is not current: the newest applied revisions that belong to it. */
    private List<Integer> tipsOnBranch(List<Integer> currentRevisions, String branch) {
        Topology topology = lookup.graph().topology();
        BitSet applied = Traversal.reach(topology.normalized(), currentRevisions);
        List<Integer> active = lookup.filterForLineage(applied.stream().boxed().toList(), branch,
                Dependencies.IGNORED);
        BitSet below = new BitSet();
        active.forEach(node -> Arrays.stream(topology.normalized()[node]).forEach(below::set));
        return active.stream().filter(node -> !below.get(node)).toList();
    }

    Downgrade downgradeTarget(Spec current, String target, boolean assertRelativeLength) {
        if (!(Target.parse(target) instanceof Target.Relative relative)) {
            int at = target.lastIndexOf('@');
            String branch = at > 0 ? target.substring(0, at) : null;
            return new Downgrade(branch, lookup.revision(target.substring(at + 1)));
        }
        String branch = relative.branch().orElse(null);
        int steps = relative.steps();
        if (steps >= 0) {
            String symbol = relative.symbol().orElseThrow(() -> notProduced(relative.text(), steps));
            Position position = lookup.walk(lookup.revision(symbol), steps, branch, assertRelativeLength);
            if (position == Position.NOTHING) {
                throw walkedTooFar(relative.text());
            }
            return new Downgrade(branch, position);
        }
        boolean fromCurrent = relative.symbol().isEmpty();
        String symbol = relative.symbol().orElse(null);
        if (fromCurrent && Lookup.isSet(branch)) {
            symbol = currentOnBranch(current.toTuple(), branch, relative.text());
        } else if (fromCurrent) {
            List<String> currentIds = current.toTuple();
            if (currentIds.isEmpty()) {
                throw notProduced(relative.text(), steps);
            }
            if (currentIds.stream().distinct().count() > 1) {
                // Alembic 1.8 warns and goes down from whichever version row comes first: which branch loses a
                // revision would depend on row order.
                throw ambiguousDowngrade(relative.text(), currentIds.stream().distinct().toList());
            }
            symbol = currentIds.get(0);
            branch = symbol;
        }
        Position start = lookup.revision(branch == null ? symbol : branch + "@" + symbol);
        Position position = lookup.walk(start, steps, null, assertRelativeLength);
        if (position == Position.NOTHING) {
            throw fromCurrent ? notProduced(relative.text(), steps) : walkedTooFar(relative.text());
        }
        return new Downgrade(branch, position);
    }

    /** The one current head (or, failing that, applied branch tip) on the branch a {@code branch@-N} names. */
    private String currentOnBranch(List<String> current, String branch, String target) {
        RevisionGraph graph = lookup.graph();
        List<Integer> onBranch = lookup.filterForLineage(
                current.stream().map(id -> lookup.revisionForIdent(id, null)).toList(), branch, Dependencies.IGNORED);
        if (onBranch.isEmpty()) {
            onBranch = lookup.filterForLineage(lookup.allCurrent(current), branch, Dependencies.IGNORED);
        }
        if (onBranch.size() != 1) {
            throw new TargetException(target, (onBranch.isEmpty() ? "No" : "More than one") + " current revision "
                    + "is on branch '" + branch + "' (current: " + String.join(", ", current) + "), so '" + target
                    + "' has no single starting point. Name the revision to downgrade to instead.",
                    onBranch.stream().map(graph::idAt).toList());
        }
        return graph.idAt(onBranch.get(0));
    }

    private static String qualified(String branch, String symbol) {
        return branch == null ? symbol : branch + "@" + symbol;
    }

    private static TargetException notProduced(String target, int steps) {
        return new TargetException(target, "Relative revision " + target + " didn't produce " + Math.abs(steps)
                + " migrations: there are not that many revisions in that direction from the current revision. "
                + "Use a smaller step or an absolute revision.", List.of());
    }

    private static TargetException walkedTooFar(String target) {
        return new TargetException(target, "Walked too far: '" + target + "' goes beyond the head or base of the "
                + "history. Use a smaller step or an absolute revision.", List.of());
    }

    private TargetException ambiguousDowngrade(String target, List<String> heads) {
        RevisionGraph graph = lookup.graph();
        List<String> byRevision = heads.stream().map(head -> "'downgrade " + head + target + "'").toList();
        List<String> byLabel = heads.stream()
                .flatMap(head -> graph.branchLabels(head).stream()
                        .filter(label -> heads.stream().filter(other -> graph.branchLabels(other).contains(label))
                                .count() == 1)
                        .limit(1))
                .map(label -> "'downgrade " + label + "@" + target + "'")
                .toList();
        return new TargetException(target, "Downgrade " + target + " is ambiguous: the database is at several heads ("
                + String.join(", ", heads) + "), and " + target + " does not say which one to go down from. Choose "
                + "one: " + String.join(" or ", byRevision)
                + (byLabel.isEmpty() ? "" : ", or by branch label: " + String.join(" or ", byLabel))
                + ". Nothing was changed.", heads);
    }

    private static TargetException ambiguousUpgrade(List<String> from) {
        return new TargetException(String.join(", ", from), "Ambiguous upgrade from multiple current revisions ("
                + String.join(", ", from) + "): a relative upgrade needs a single starting point. Qualify the "
                + "target with a branch ('<branch>@+N') or name the destination revision.", from);
    }
}
