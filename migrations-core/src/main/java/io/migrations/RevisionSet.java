package io.migrations;

import io.migrations.api.LintReport;
import io.migrations.api.Revision;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.lint.Linter;
import io.migrations.internal.render.DatabaseState;
import io.migrations.internal.render.Drawing;
import io.migrations.internal.render.GraphJson;
import io.migrations.internal.render.GraphView;
import io.migrations.internal.render.LayeredLayout;
import io.migrations.internal.script.RevisionSources;
import io.migrations.internal.script.Script;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Revisions read from their locations and checked to form a valid graph, without a database. Reading thousands of
 * files takes a while, so a set can be read early (on a background thread, say) and handed to
 * {@link Migrations#create(MigrationsConfig, RevisionSet)} later. Immutable and thread-safe.
 */
public final class RevisionSet {

    private final List<Script> scripts;
    private final Map<String, Script> byId;
    private final RevisionGraph graph;
    private volatile Drawing layout;

    private RevisionSet(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
        this.byId = new LinkedHashMap<>();
        for (Script script : scripts) {
            byId.putIfAbsent(script.id(), script);
        }
        this.graph = RevisionGraph.of(scripts.stream().map(Script::revision).toList());
    }

    /**
     * Reads and checks the revisions at {@code locations}.
     *
     * @param locations   {@code classpath:db/migrations} (SQL files, and Java revisions of package {@code db.migrations}),
     *                    {@code filesystem:/srv/app/migrations} or a plain folder
     * @param classLoader searched for {@code classpath:} locations and Java revisions
     * @throws io.migrations.api.ScriptException when a revision file is broken
     * @throws io.migrations.api.GraphException  when the revisions do not form a valid graph
     */
    public static RevisionSet load(List<String> locations, ClassLoader classLoader) {
        return load(locations, classLoader, List.of());
    }

    /**
     * Like {@link #load(List, ClassLoader)}, with Java revisions given as objects as well: instances of
     * {@link io.migrations.java.Migration} or {@link io.migrations.java.IrreversibleMigration} annotated with
     * {@link io.migrations.java.Revision}, made by the caller (a Spring context, say) with whatever they depend on.
     * A class that a location would find too is taken from the given object and never instantiated by the scan.
     *
     * @throws io.migrations.api.ScriptException when a revision file or a given object is not a valid revision
     * @throws io.migrations.api.GraphException  when the revisions do not form a valid graph, e.g. two share an id
     */
    public static RevisionSet load(List<String> locations, ClassLoader classLoader, List<?> javaRevisions) {
        return new RevisionSet(RevisionSources.of(locations, classLoader, javaRevisions).load());
    }

    /**
     * Like {@link #load(List, ClassLoader)}, keeping an index of the SQL files of folder locations in
     * {@code indexDir}: a file unchanged since it was last read (same size, modification and change time, same
     * inode) is taken from there, and read again only when its statements are needed, so that a command with
     * thousands of revisions and nothing to do starts fast. The index is written on the way; when it cannot be, the
     * files are read as without one.
     */
    public static RevisionSet load(List<String> locations, ClassLoader classLoader, Path indexDir) {
        return new RevisionSet(RevisionSources.of(locations, classLoader, List.of(),
                Objects.requireNonNull(indexDir, "indexDir")).load());
    }

    /** No revision: for a {@link Migrations} that only reads a database, such as its {@link Migrations#catalog()}. */
    public static RevisionSet empty() {
        return new RevisionSet(List.of());
    }

    /** Every revision, in load order. */
    public List<Revision> all() {
        return graph.revisions();
    }

    /** The revision with exactly this id, if any. */
    public Optional<Revision> find(String id) {
        return graph.find(id);
    }

    /** Revisions nothing builds on through {@code down_revision}, as {@code heads} lists them. */
    public List<String> heads() {
        return graph.heads();
    }

    /** The revisions built directly on {@code id} through {@code down_revision}, in load order. */
    public List<String> children(String id) {
        return graph.children(id);
    }

    /** Revisions that two or more revisions branch from, in load order. */
    public List<Revision> branchPoints() {
        return graph.revisions().stream().filter(revision -> graph.isBranchPoint(revision.id())).toList();
    }

    /**
     * The given revisions and every revision they build on, through {@code down_revision} and {@code depends_on}, in
     * load order: what a database at {@code ids} has applied. Ids of no revision are left out.
     */
    public Set<String> lineage(Collection<String> ids) {
        return graph.ancestors(ids.stream().filter(graph::contains).toList(), Dependencies.FOLLOWED);
    }

    /** Whether revision {@code id} has a downgrade; false for an id of no revision. */
    public boolean isReversible(String id) {
        Script script = byId.get(id);
        return script != null && script.reversible();
    }

    /**
     * Lints revisions each on its own (see {@link io.migrations.api.Rule}).
     *
     * @param ids the revisions to report on, ids or unique prefixes; all when empty
     * @throws io.migrations.api.TargetException when an id names no revision
     */
    public LintReport lint(Collection<String> ids) {
        return Linter.lint(graph, scripts, ids);
    }

    /**
     * The graph as the console's viewer draws it: the revisions laid out (once per set), with the state of a database
     * at {@code current} that an upgrade to the heads would take through {@code pending}. A tree of maps, lists and
     * plain values for any JSON writer; its shape is described in docs/graph-and-console.md.
     *
     * @param current the database's version table rows; ids of no revision are left out
     * @param pending the revisions an upgrade to the heads would apply
     */
    public Map<String, Object> graphDocument(Collection<String> current, Collection<String> pending) {
        Drawing drawing = layout;
        if (drawing == null) {
            // Computed once; a race computes the same layout twice, which is harmless.
            drawing = LayeredLayout.layout(GraphView.of(graph));
            layout = drawing;
        }
        GraphView states = GraphView.of(graph, Optional.of(DatabaseState.of(graph, current, pending)), List.of());
        return GraphJson.tree(drawing.restate(states));
    }

    /** Scripts in load order, for the engine. */
    List<Script> scripts() {
        return scripts;
    }

    /** Scripts by revision id, for the engine. */
    Map<String, Script> byId() {
        return byId;
    }

    /** The graph, for the engine. */
    RevisionGraph graph() {
        return graph;
    }
}
