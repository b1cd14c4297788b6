package io.migrations.internal.graph;

import io.migrations.api.MultipleHeadsException;
import io.migrations.api.TargetException;
import io.migrations.api.UnknownTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Alembic's identifier resolution ({@code _resolve_revision_number}, {@code get_revisions}, {@code get_revision},
 * {@code _revision_for_ident}, {@code _resolve_branch}, {@code filter_for_lineage}, {@code get_current_head}),
 * ported function by function because their interplay decides what odd targets mean.
 *
 * <p>What a target resolves to is a {@link Position}: a revision, or one of Alembic's answers that are none.
 */
final class Lookup {

    private static final int MIN_PREFIX_MATCH = 4;

    private final RevisionGraph graph;
    private final Topology topology;

    Lookup(RevisionGraph graph) {
        this.graph = graph;
        this.topology = graph.topology();
    }

    RevisionGraph graph() {
        return graph;
    }

    /** {@code _resolve_revision_number}: symbolic names to revision ids, the rest passed through. */
    Number resolveNumber(String text) {
        String branch = null;
        String id = text;
        if (text != null && text.contains("@")) {
            int at = text.indexOf('@');
            branch = text.substring(0, at);
            id = text.substring(at + 1);
        }
        if ("heads".equals(id)) {
            List<Integer> heads = isSet(branch)
                    ? filterForLineage(nodes(graph.headNodes()), branch, Dependencies.IGNORED)
                    : nodes(graph.realHeadNodes());
            return new Number(heads.stream().map(graph::idAt).toList(), branch);
        }
        if ("head".equals(id)) {
            Position head = currentHead(branch);
            return new Number(head instanceof Position.At at ? List.of(graph.idAt(at.node())) : List.of(), branch);
        }
        if (id == null || "base".equals(id)) {
            return new Number(List.of(), branch);
        }
        return new Number(List.of(id), branch);
    }

    /** {@code get_revisions} for one string; negative integers walk down from every head. */
    List<Position> revisions(String text) {
        Number number = resolveNumber(text);
        if (number.ids().size() == 1 && isNegativeInteger(number.ids().get(0))) {
            int steps = clampSteps(number.ids().get(0));
            return nodes(graph.realHeadNodes()).stream()
                    .filter(head -> number.branch() == null || graph.labelsAt(head).contains(number.branch()))
                    .map(head -> walk(Position.at(head), steps, null, true))
                    .toList();
        }
        return number.ids().stream().map(id -> Position.at(revisionForIdent(id, number.branch()))).toList();
    }

    /** {@code get_revisions} for a string or a tuple. */
    List<Position> revisions(Spec spec) {
        if (spec instanceof Spec.Text text) {
            return revisions(text.text());
        }
        List<Position> all = new ArrayList<>();
        spec.toTuple().forEach(id -> all.addAll(revisions(id)));
        return all;
    }

    /** {@code get_revisions} where Alembic goes on to use each result as a revision: base or nothing is an error. */
    List<Integer> revisionsOnly(Spec spec) {
        return requireRevisions(revisions(spec), spec);
    }

    /**
     * The nodes of {@code positions}; fails when one is not a revision, where Alembic would crash on its
     * {@code is_revision} check.
     */
    static List<Integer> requireRevisions(List<Position> positions, Spec written) {
        List<Integer> nodes = new ArrayList<>(positions.size());
        for (Position position : positions) {
            if (!(position instanceof Position.At at)) {
                String text = String.join(", ", written.toTuple());
                throw new TargetException(text, "'" + text + "' walks past the base or head of the history, so it "
                        + "names no revision. Use a smaller step or an absolute revision.", List.of());
            }
            nodes.add(at.node());
        }
        return List.copyOf(nodes);
    }

    /** {@code get_revision}: exactly one revision, or {@link Position#NOTHING} for base. */
    Position revision(String text) {
        Number number = resolveNumber(text);
        if (number.ids().size() > 1) {
            throw new MultipleHeadsException(text, number.ids());
        }
        return number.ids().isEmpty() ? resolveBranchOnly(number.branch())
                : Position.at(revisionForIdent(number.ids().get(0), number.branch()));
    }

    private Position resolveBranchOnly(String branch) {
        if (isSet(branch)) {
            resolveBranch(branch);
        }
        return Position.NOTHING;
    }

    /** {@code _revision_for_ident}: exact id or label, else a unique prefix; checked against a branch. */
    int revisionForIdent(String id, String checkBranch) {
        Optional<Integer> branchRevision = isSet(checkBranch) ? Optional.of(resolveBranch(checkBranch))
                : Optional.empty();
        Integer exact = graph.indexOrNull(id);
        int revision = exact != null ? exact : byPrefix(id, branchRevision);
        if (branchRevision.isPresent() && !sharesLineage(revision, List.of(branchRevision.get()),
                Dependencies.IGNORED)) {
            throw new UnknownTargetException(id, "revision " + graph.idAt(revision) + " is not a member of branch '"
                    + checkBranch + "'. Name a revision on that branch, or drop the '" + checkBranch + "@' prefix.",
                    List.of());
        }
        return revision;
    }

    private int byPrefix(String prefix, Optional<Integer> branchRevision) {
        if (prefix.isEmpty()) {
            throw new UnknownTargetException(prefix, "an empty revision identifier matches nothing. Name a revision.",
                    List.of());
        }
        List<String> keys = graph.keys().stream()
                .filter(key -> key.length() >= MIN_PREFIX_MATCH && key.startsWith(prefix)).toList();
        if (branchRevision.isPresent()) {
            BitSet lineage = lineage(List.of(branchRevision.get()), Dependencies.IGNORED);
            keys = keys.stream().filter(key -> lineage.get(graph.indexOrNull(key))).toList();
        }
        if (keys.isEmpty()) {
            throw new UnknownTargetException(prefix, "no such revision or branch '" + prefix + "'"
                    + (prefix.length() < MIN_PREFIX_MATCH ? "; please ensure at least four characters are present for "
                    + "partial revision identifier matches" : "") + ". Run 'history' to list revisions and "
                    + "'branches' to list branch labels.", List.of());
        }
        if (keys.size() > 1) {
            throw new UnknownTargetException(prefix, "multiple revisions start with '" + prefix + "': "
                    + keys.stream().limit(3).map(key -> "'" + key + "'").collect(Collectors.joining(", "))
                    + "... Give more characters of the id.", keys);
        }
        return graph.indexOrNull(keys.get(0));
    }

    /** {@code _resolve_branch}: a label or revision id, else a revision prefix standing for a branch. */
    int resolveBranch(String branch) {
        Integer exact = graph.indexOrNull(branch);
        if (exact != null) {
            return exact;
        }
        try {
            return revisionForIdent(branch, null);
        } catch (UnknownTargetException e) {
            throw new UnknownTargetException(branch, "no such branch: '" + branch + "'. Run 'branches' or 'heads "
                    + "--verbose' to see the branch labels.", List.of());
        }
    }

    /** {@code get_current_head}: the one head (of a branch, if given), {@link Position#NOTHING} if there is none. */
    Position currentHead(String branch) {
        List<Integer> heads = nodes(graph.headNodes());
        if (isSet(branch)) {
            heads = filterForLineage(heads, branch, Dependencies.IGNORED);
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException(isSet(branch) ? branch + "@head" : "head",
                    heads.stream().map(graph::idAt).toList());
        }
        return heads.isEmpty() ? Position.NOTHING : Position.at(heads.get(0));
    }

    /** {@code filter_for_lineage}: the targets that are ancestors or descendants of what checkAgainst names. */
    List<Integer> filterForLineage(List<Integer> targets, String checkAgainst, Dependencies dependencies) {
        Number number = resolveNumber(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (isSet(number.branch())) {
            shares.add(number.branch());
        }
        shares.addAll(number.ids());
        if (shares.isEmpty() || targets.isEmpty()) {
            return targets;
        }
        List<Integer> against = shares.stream().map(share -> revisionForIdent(share, null)).toList();
        BitSet lineage = lineage(against, dependencies);
        return targets.stream().filter(lineage::get).toList();
    }

    /** {@code _shares_lineage} for a resolved target. */
    boolean sharesLineage(int target, Collection<Integer> against, Dependencies dependencies) {
        return against.isEmpty() || lineage(against, dependencies).get(target);
    }

    /**
     * Everything sharing lineage with one of the nodes: their ancestors and descendants. Alembic tests the
     * converse (the target's ancestors and descendants contain one of the nodes), which is the same relation.
     */
    BitSet lineage(Collection<Integer> nodes, Dependencies dependencies) {
        boolean followed = dependencies == Dependencies.FOLLOWED;
        BitSet lineage = Traversal.reach(followed ? topology.normalized() : topology.versioned(), nodes);
        lineage.or(Traversal.reach(followed ? topology.allNext() : topology.next(), nodes));
        return lineage;
    }

    /**
     * {@code _walk}: N steps up (following children, optionally within a branch) or down (following parents,
     * reaching {@link Position#BELOW_BASE} below a base). Overwalking gives {@link Position#NOTHING}, or stops in
     * place when {@code noOverwalk} is false.
     */
    Position walk(Position start, int steps, String branch, boolean noOverwalk) {
        Position position = start;
        long count = Math.min(Math.abs((long) steps), graph.size() + 2L);
        for (long i = 0; i < count; i++) {
            List<Position> children = steps > 0 ? upFrom(position, branch) : downFrom(position);
            if (children.isEmpty()) {
                return noOverwalk ? Position.NOTHING : position;
            }
            if (children.size() > 1) {
                throw new TargetException(String.valueOf(steps), "Ambiguous walk: " + children.size()
                        + " revisions are one step " + (steps > 0 ? "up" : "down") + " from " + describe(position)
                        + " (" + children.stream().map(this::describe).collect(Collectors.joining(", "))
                        + "). Qualify the target with a branch, e.g. '<branch>@" + (steps > 0 ? "+" : "") + steps
                        + "', or name a revision.", children.stream().map(this::describe).toList());
            }
            position = children.get(0);
        }
        return position;
    }

    /** One step up: the children of a revision, the bases from nothing. */
    private List<Position> upFrom(Position position, String branch) {
        List<Integer> up = nodes(position instanceof Position.At at ? topology.next()[at.node()] : graph.baseNodes());
        return (isSet(branch) ? filterForLineage(up, branch, Dependencies.IGNORED) : up).stream()
                .map(Position::at).toList();
    }

    /** One step down: the parents of a revision (below a root: below base), the heads from nothing. */
    private List<Position> downFrom(Position position) {
        if (position == Position.BELOW_BASE) {
            return List.of();
        }
        List<Integer> down = nodes(position instanceof Position.At at ? topology.versioned()[at.node()]
                : graph.headNodes());
        return down.isEmpty() ? List.of(Position.BELOW_BASE) : down.stream().map(Position::at).toList();
    }

    /** {@code _get_all_current}: the given revisions and their ancestors, reduced to the tips of each branch. */
    List<Integer> allCurrent(List<String> ids) {
        List<Integer> revisions = revisionsOnly(new Spec.Ids(ids));
        BitSet top = Traversal.reach(topology.normalized(), revisions);
        return top.stream().filter(node -> Arrays.stream(topology.next()[node]).noneMatch(top::get))
                .boxed().toList();
    }

    private String describe(Position position) {
        return position instanceof Position.At at ? graph.idAt(at.node())
                : position == Position.NOTHING ? "base" : "below base";
    }

    static boolean isSet(String branch) {
        return branch != null && !branch.isEmpty();
    }

    private int clampSteps(String digits) {
        String magnitude = digits.substring(1).replaceFirst("^0+(?=\\d)", "");
        return magnitude.length() > 9 ? -(graph.size() + 2) : Integer.parseInt(digits);
    }

    private static boolean isNegativeInteger(String text) {
        return text.matches("-\\d+") && !text.matches("-0+");
    }

    private static List<Integer> nodes(int[] nodes) {
        return Arrays.stream(nodes).boxed().toList();
    }

    /** Result of {@code _resolve_revision_number}: revision ids (or literal identifiers) and the branch, if any. */
    record Number(List<String> ids, String branch) {
    }
}
