package io.migrations.internal.graph;

import io.migrations.api.Revision;
import io.migrations.api.TargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The revisions as Alembic's {@code RevisionMap} sees them: an immutable DAG built once from revisions in load
 * order, which is also the order Alembic uses to break ties (heads, bases, history, upgrade order).
 *
 * <p>Vocabulary follows Alembic: a <em>head</em> has no child through {@code down_revision}; a <em>real head</em>
 * has no child through {@code depends_on} either; a <em>branch point</em> has several children; a <em>merge
 * point</em> several parents. Ids passed to the query methods must be exact revision ids.
 */
public final class RevisionGraph {

    private final List<Revision> revisions;
    private final Map<String, Integer> indexById;
    private final Map<String, Integer> labelOwners;
    private final Topology topology;
    private final List<Set<String>> labels;
    private final int[] heads;
    private final int[] realHeads;
    private final int[] bases;

    RevisionGraph(List<Revision> revisions, Map<String, Integer> indexById, Map<String, Integer> labelOwners,
                  Topology topology, List<Set<String>> labels) {
        this.revisions = revisions;
        this.indexById = indexById;
        this.labelOwners = Collections.unmodifiableMap(new LinkedHashMap<>(labelOwners));
        this.topology = topology;
        this.labels = List.copyOf(labels);
        this.heads = nodes(node -> topology.next()[node].length == 0);
        this.realHeads = nodes(node -> topology.allNext()[node].length == 0);
        this.bases = nodes(node -> topology.versioned()[node].length == 0);
    }

    /**
     * Builds and validates the graph.
     *
     * @param revisionsInLoadOrder revisions in the order Alembic would load them; it decides tie-breaking
     * @throws GraphException for an invalid id, a duplicate id or branch label, a missing down_revision or
     *                        depends_on, or a cycle
     */
    public static RevisionGraph of(Collection<Revision> revisionsInLoadOrder) {
        return new GraphBuilder(revisionsInLoadOrder).build();
    }

    /** Number of revisions. */
    public int size() {
        return revisions.size();
    }

    /** All revisions in load order. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** Whether a revision has exactly this id. */
    public boolean contains(String id) {
        return indexById.containsKey(id);
    }

    /** The revision with exactly this id, if any. */
    public Optional<Revision> find(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(revisions.get(index));
    }

    /**
     * The revision with exactly this id.
     *
     * @throws TargetException when there is none
     */
    public Revision get(String id) {
        return revisions.get(indexOf(id));
    }

    /** Revisions without children through {@code down_revision}, in load order (what {@code alembic heads} lists). */
    public List<String> heads() {
        return ids(heads);
    }

    /** Revisions that nothing points at, not even through {@code depends_on}; the meaning of the target {@code heads}. */
    public List<String> realHeads() {
        return ids(realHeads);
    }

    /** Revisions without {@code down_revision}, in load order. */
    public List<String> bases() {
        return ids(bases);
    }

    /** Revisions without {@code down_revision} and without {@code depends_on}, in load order. */
    public List<String> realBases() {
        return ids(nodes(node -> topology.all()[node].length == 0));
    }

    /** The {@code down_revision} ids of a revision, in declared order. */
    public List<String> parents(String id) {
        return ids(topology.versioned()[indexOf(id)]);
    }

    /** The {@code depends_on} of a revision resolved to revision ids (labels replaced by their revision). */
    public List<String> dependencies(String id) {
        return ids(topology.resolvedDeps()[indexOf(id)]);
    }

    /**
     * Parents followed by the dependencies that no {@code down_revision} ancestor already declares: Alembic's
     * {@code _normalized_down_revisions}, what an upgrade moves from and a downgrade moves to.
     */
    public List<String> normalizedParents(String id) {
        return ids(topology.normalized()[indexOf(id)]);
    }

    /** Children through {@code down_revision} in load order (Alembic's {@code nextrev}). */
    public List<String> children(String id) {
        return ids(topology.next()[indexOf(id)]);
    }

    /** Revisions that declare this one in {@code depends_on} without having it as {@code down_revision}. */
    public List<String> dependents(String id) {
        int node = indexOf(id);
        int[] versionedChildren = topology.next()[node];
        return ids(Arrays.stream(topology.allNext()[node])
                .filter(child -> Arrays.stream(versionedChildren).noneMatch(c -> c == child)).toArray());
    }

    /** No child through {@code down_revision}. */
    public boolean isHead(String id) {
        return topology.next()[indexOf(id)].length == 0;
    }

    /** No child through {@code down_revision} nor {@code depends_on}. */
    public boolean isRealHead(String id) {
        return topology.allNext()[indexOf(id)].length == 0;
    }

    /** Two or more children through {@code down_revision}. */
    public boolean isBranchPoint(String id) {
        return topology.next()[indexOf(id)].length > 1;
    }

    /** Two or more children counting dependents. */
    public boolean isRealBranchPoint(String id) {
        return topology.allNext()[indexOf(id)].length > 1;
    }

    /** Two or more {@code down_revision}s. */
    public boolean isMergePoint(String id) {
        return topology.versioned()[indexOf(id)].length > 1;
    }

    /**
     * Branch labels of a revision: its own plus those inherited along its branch, as Alembic computes them
     * (Alembic prints them in set order, which varies between runs; here own labels come first).
     */
    public Set<String> branchLabels(String id) {
        return labels.get(indexOf(id));
    }

    /** Every declared branch label with the id of the revision declaring it, in load order. */
    public Map<String, String> labelOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        labelOwners.forEach((label, node) -> owners.put(label, idAt(node)));
        return Collections.unmodifiableMap(owners);
    }

    /** The given revisions and all their ancestors, in load order. */
    public Set<String> ancestors(Collection<String> ids, Dependencies dependencies) {
        int[][] edges = dependencies == Dependencies.FOLLOWED ? topology.normalized() : topology.versioned();
        return idSet(Traversal.reach(edges, indexesOf(ids)));
    }

    /** The given revisions and all their descendants, in load order. */
    public Set<String> descendants(Collection<String> ids, Dependencies dependencies) {
        int[][] edges = dependencies == Dependencies.FOLLOWED ? topology.allNext() : topology.next();
        return idSet(Traversal.reach(edges, indexesOf(ids)));
    }

    int indexOf(String id) {
        Integer index = indexById.get(id);
        if (index == null) {
            throw new TargetException(id, "No revision has the id '" + id + "'. Run 'history' to list the "
                    + "revisions, or check the version table for a revision whose file was removed.", List.of());
        }
        return index;
    }

    Integer indexOrNull(String idOrLabel) {
        Integer index = indexById.get(idOrLabel);
        return index != null ? index : labelOwners.get(idOrLabel);
    }

    List<Integer> indexesOf(Collection<String> ids) {
        return ids.stream().map(this::indexOf).toList();
    }

    String idAt(int node) {
        return revisions.get(node).id();
    }

    Set<String> labelsAt(int node) {
        return labels.get(node);
    }

    Topology topology() {
        return topology;
    }

    /** Ids then labels in the order Alembic's revision map holds its keys; used for prefix lookup. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(revisions.size() + labelOwners.size());
        revisions.forEach(revision -> keys.add(revision.id()));
        keys.addAll(labelOwners.keySet());
        return keys;
    }

    /** How many entries of Alembic's revision map point at a revision: its id plus each label it declares. */
    int mapEntries(int node) {
        return 1 + revisions.get(node).branchLabels().size();
    }

    List<String> ids(int[] nodes) {
        return Arrays.stream(nodes).mapToObj(this::idAt).toList();
    }

    Set<String> idSet(BitSet nodes) {
        Set<String> ids = new LinkedHashSet<>();
        nodes.stream().forEach(node -> ids.add(idAt(node)));
        return Collections.unmodifiableSet(ids);
    }

    int[] headNodes() {
        return heads;
    }

    int[] realHeadNodes() {
        return realHeads;
    }

    int[] baseNodes() {
        return bases;
    }

    private int[] nodes(IntPredicate filter) {
        return IntStream.range(0, revisions.size()).filter(filter).toArray();
    }
}
