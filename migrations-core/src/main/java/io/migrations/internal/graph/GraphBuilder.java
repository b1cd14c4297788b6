package io.migrations.internal.graph;

import io.migrations.api.GraphException;
import io.migrations.api.Revision;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Validates revisions (in load order) and derives the edges of the graph. Where Alembic only warns or fails
 * later with an obscure error, this fails at once with a {@link GraphException} naming the revisions and files.
 */
final class GraphBuilder {

    private static final Set<String> RESERVED = Set.of("head", "heads", "base");
    private static final int[] NONE = new int[0];

    private final List<Revision> revisions;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Integer> labelOwners = new LinkedHashMap<>();

    GraphBuilder(Collection<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
    }

    RevisionGraph build() {
        indexIds();
        indexLabels();
        int[][] versioned = resolveParents();
        int[][] resolvedDeps = resolveDependencies();
        int[][] all = concat(versioned, resolvedDeps);
        CycleFinder cycles = new CycleFinder(all);
        rejectCycle(cycles.findCycle(), versioned);
        int[][] next = children(versioned);
        int[][] allNext = children(all);
        int[] ranks = cycles.ranks(allNext);
        DependencyNormalizer normalizer = new DependencyNormalizer(versioned, resolvedDeps, ranks);
        int[][] normalizedDeps = IntStream.range(0, revisions.size())
                .mapToObj(normalizer::normalizedDependencies).toArray(int[][]::new);
        Topology topology = new Topology(versioned, resolvedDeps, concat(versioned, normalizedDeps), all, next,
                allNext, ranks);
        List<Set<String>> labels = new BranchLabeler(topology).propagate(revisions);
        return new RevisionGraph(revisions, indexById, labelOwners, topology, labels);
    }

    private void indexIds() {
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            String id = revision.id();
            if (!Revision.ID_PATTERN.matcher(id).matches() || RESERVED.contains(id)) {
                throw fail("Revision id '" + id + "' in " + revision.location() + " is invalid: an id must match "
                        + Revision.ID_PATTERN.pattern() + " and must not be 'head', 'heads' or 'base'. "
                        + "Rename the revision.", id);
            }
            Integer previous = indexById.putIfAbsent(id, i);
            if (previous != null) {
                throw fail("Revision " + id + " is present more than once: in " + location(previous) + " and in "
                        + revision.location() + ". Give one of them a new id.", id);
            }
        }
    }

    private void indexLabels() {
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            for (String label : revision.branchLabels()) {
                checkLabel(revision, label);
                Integer owner = indexById.containsKey(label) ? indexById.get(label) : labelOwners.get(label);
                if (owner != null) {
                    String other = revisions.get(owner).id();
                    throw fail("Branch name '" + label + "' in revision " + revision.id() + " ("
                            + revision.location() + ") already used by revision " + other + " (" + location(owner)
                            + ")" + (other.equals(label) ? " as its id" : "") + ". Branch labels must be unique "
                            + "and differ from every revision id; rename the label.", revision.id(), other);
                }
                labelOwners.put(label, i);
            }
        }
    }

    private void checkLabel(Revision revision, String label) {
        if (label.isBlank() || RESERVED.contains(label) || label.chars().anyMatch(c -> c == '@' || c == ':'
                || Character.isWhitespace(c))) {
            throw fail("Branch label '" + label + "' of revision " + revision.id() + " (" + revision.location()
                    + ") is invalid: a label must not be empty, be 'head', 'heads' or 'base', or contain '@', ':' "
                    + "or spaces. Rename the label.", revision.id());
        }
    }

    private int[][] resolveParents() {
        int[][] parents = new int[revisions.size()][];
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            List<String> downs = revision.downRevisions();
            if (downs.size() > 1 && new LinkedHashSet<>(downs).size() != downs.size()) {
                throw fail("Revision " + revision.id() + " (" + revision.location() + ") lists the same "
                        + "down_revision twice: " + downs + ". List each parent once.", revision.id());
            }
            parents[i] = resolve(revision, downs, "down_revision", indexById::get);
        }
        return parents;
    }

    private int[][] resolveDependencies() {
        int[][] deps = new int[revisions.size()][];
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            int[] resolved = resolve(revision, revision.dependsOn(), "depends_on", this::idOrLabel);
            deps[i] = resolved.length > 1 ? Arrays.stream(resolved).distinct().toArray() : resolved;
        }
        return deps;
    }

    private Integer idOrLabel(String reference) {
        Integer index = indexById.get(reference);
        return index != null ? index : labelOwners.get(reference);
    }

    private int[] resolve(Revision revision, List<String> references, String field,
                          Function<String, Integer> known) {
        if (references.isEmpty()) {
            return NONE;
        }
        int[] resolved = new int[references.size()];
        for (int j = 0; j < references.size(); j++) {
            Integer target = known.apply(references.get(j));
            if (target == null) {
                throw fail("Revision " + references.get(j) + " referenced from " + revision.id() + " ("
                        + revision.location() + ") as " + field + " is not present. Add the missing revision or "
                        + "correct the " + field + ".", revision.id());
            }
            resolved[j] = target;
        }
        return resolved;
    }

    private void rejectCycle(List<Integer> cycle, int[][] versioned) {
        if (cycle.isEmpty()) {
            return;
        }
        boolean throughVersions = IntStream.range(0, cycle.size()).allMatch(i -> Arrays.stream(
                versioned[cycle.get(i)]).anyMatch(p -> p == cycle.get((i + 1) % cycle.size())));
        String kind = cycle.size() == 1 ? "Self-loop" : "Cycle";
        String path = cycle.stream().map(i -> revisions.get(i).id() + " (" + location(i) + ")")
                .collect(Collectors.joining(" -> ")) + " -> " + revisions.get(cycle.get(0)).id();
        String[] ids = cycle.stream().map(i -> revisions.get(i).id()).toArray(String[]::new);
        throw fail((throughVersions ? kind : "Dependency " + kind.toLowerCase(java.util.Locale.ROOT))
                + " is detected in revisions (" + String.join(", ", ids) + "): " + path
                + ". Each arrow points from a revision to its down_revision or depends_on; break the cycle.", ids);
    }

    private static int[][] children(int[][] parents) {
        int[] counts = new int[parents.length];
        for (int[] ofChild : parents) {
            for (int parent : ofChild) {
                counts[parent]++;
            }
        }
        int[][] children = new int[parents.length][];
        for (int node = 0; node < parents.length; node++) {
            children[node] = counts[node] == 0 ? NONE : new int[counts[node]];
            counts[node] = 0;
        }
        for (int child = 0; child < parents.length; child++) {
            for (int parent : parents[child]) {
                children[parent][counts[parent]++] = child;
            }
        }
        return children;
    }

    private static int[][] concat(int[][] first, int[][] second) {
        int[][] joined = new int[first.length][];
        for (int i = 0; i < first.length; i++) {
            joined[i] = second[i].length == 0 ? first[i]
                    : IntStream.concat(Arrays.stream(first[i]), Arrays.stream(second[i])).distinct().toArray();
        }
        return joined;
    }

    private String location(int index) {
        return revisions.get(index).location();
    }

    private static GraphException fail(String message, String... revisionIds) {
        return new GraphException(message, List.of(revisionIds));
    }
}
