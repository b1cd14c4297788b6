package io.migrations.internal.render;

import io.migrations.api.Revision;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a revision graph a picture shows, with each revision's marks and, when a database was read, its state.
 * Nodes keep the graph's load order; every edge joins two shown nodes.
 *
 * @param nodes    the revisions shown
 * @param edges    {@code down_revision} and {@code depends_on} edges between them, parent first
 * @param database whether the states come from a database
 */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean database) {

    /** Ids are shortened to this many characters at least; Alembic's own ids have twelve and stay whole. */
    static final int SHORT_ID = 12;

    public GraphView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * One revision.
     *
     * @param id         the full id
     * @param shortId    the id as printed: whole up to twelve characters, else a unique prefix
     * @param message    its message
     * @param labels     branch labels it declares
     * @param marks      head, merge, branch point, base, cut
     * @param state      applied, pending, not applied; {@link State#NONE} without a database
     * @param current    whether it is in the version table
     * @param parents    its {@code down_revision}s, shown or not
     * @param children   its children through {@code down_revision}, shown or not
     * @param dependsOn  revisions it depends on, resolved to ids
     * @param location   the file or class defining it
     * @param createDate the creation date of its header; may be empty
     */
    public record Node(String id, String shortId, String message, List<String> labels, Set<Mark> marks, State state,
                       boolean current, List<String> parents, List<String> children, List<String> dependsOn,
                       String location, String createDate) {

        public Node {
            labels = List.copyOf(labels);
            marks = marks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(marks));
            parents = List.copyOf(parents);
            children = List.copyOf(children);
            dependsOn = List.copyOf(dependsOn);
        }

        /** Marks in a fixed order (head, merge, branch point, base, cut). */
        public List<Mark> orderedMarks() {
            return marks.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(marks));
        }
    }

    /**
     * An arrow between two shown revisions.
     *
     * @param from the parent, or the revision depended on
     * @param to   the child, or the dependent revision
     * @param kind solid {@code down_revision} or dashed {@code depends_on}
     */
    public record Edge(String from, String to, EdgeKind kind) {
    }

    /** Every revision of {@code graph}, without a database. */
    public static GraphView of(RevisionGraph graph) {
        return of(graph, Optional.empty(), List.of());
    }

    /**
     * The revisions of {@code graph} that {@code since} names and everything after them, with the database's state.
     *
     * @param since exact revision ids to start from; empty for the whole graph
     */
    public static GraphView of(RevisionGraph graph, Optional<DatabaseState> database, Collection<String> since) {
        Set<String> shown = since.isEmpty() ? null : graph.descendants(since, Dependencies.FOLLOWED);
        List<Revision> revisions = graph.revisions().stream().filter(r -> shown == null || shown.contains(r.id())).toList();
        ShortIds shortIds = new ShortIds(graph.revisions().stream().map(Revision::id).toList(), SHORT_ID);
        List<Node> nodes = new ArrayList<>(revisions.size());
        List<Edge> edges = new ArrayList<>();
        for (Revision revision : revisions) {
            String id = revision.id();
            List<String> parents = graph.parents(id);
            List<String> dependencies = new ArrayList<>(graph.dependencies(id));
            dependencies.removeAll(parents);
            boolean cut = shown != null && graph.normalizedParents(id).stream().anyMatch(p -> !shown.contains(p));
            nodes.add(new Node(id, shortIds.of(id), revision.message(), revision.branchLabels(),
                    marks(graph, id, cut), state(database, id), database.map(d -> d.current().contains(id)).orElse(false),
                    parents, graph.children(id), dependencies, revision.location(), revision.createDate()));
            parents.stream().filter(p -> shown == null || shown.contains(p))
                    .forEach(p -> edges.add(new Edge(p, id, EdgeKind.DOWN_REVISION)));
            dependencies.stream().filter(d -> shown == null || shown.contains(d))
                    .forEach(d -> edges.add(new Edge(d, id, EdgeKind.DEPENDS_ON)));
        }
        return new GraphView(nodes, edges, database.isPresent());
    }

    /** Ids of the shown revisions, in load order. */
    public List<String> ids() {
        return nodes.stream().map(Node::id).toList();
    }

    private static Set<Mark> marks(RevisionGraph graph, String id, boolean cut) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (graph.isHead(id)) {
            marks.add(Mark.HEAD);
        }
        if (graph.isMergePoint(id)) {
            marks.add(Mark.MERGE);
        }
        if (graph.isBranchPoint(id)) {
            marks.add(Mark.BRANCH_POINT);
        }
        if (graph.parents(id).isEmpty()) {
            marks.add(Mark.BASE);
        }
        if (cut) {
            marks.add(Mark.CUT);
        }
        return marks;
    }

    private static State state(Optional<DatabaseState> database, String id) {
        if (database.isEmpty()) {
            return State.NONE;
        }
        DatabaseState state = database.get();
        if (state.applied().contains(id)) {
            return State.APPLIED;
        }
        return state.pending().contains(id) ? State.PENDING : State.NOT_APPLIED;
    }
}
