package io.migrations.internal.plan;

import io.migrations.api.StampMode;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.graph.RevisionIterator;
import io.migrations.internal.graph.TargetResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Plans {@code upgrade}, {@code downgrade} and {@code stamp} exactly as Alembic 1.8 would run them: the steps in
 * Alembic's order, each with the version-table changes Alembic's {@code HeadMaintainer} makes given the rows at
 * that point. Current heads are the version-table rows in the order the database returns them.
 *
 * <p>With {@code stamp --purge} the engine deletes every version row first; the steps assume an empty table.
 * Offline ({@code --sql}) plans start from the revision before the colon of a {@code from:to} range.
 */
public final class Planner {

    private final RevisionGraph graph;
    private final RevisionIterator iterator;
    private final TargetResolver resolver;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
        this.iterator = new RevisionIterator(graph);
        this.resolver = new TargetResolver(graph);
    }

    /**
     * Steps of {@code upgrade target}, oldest first.
     *
     * @throws TargetException when a current head is unknown or the target cannot be reached from the heads
     */
    public List<Step> upgrade(Collection<String> currentHeads, String target) {
        List<String> heads = known(currentHeads);
        return run(heads, iterator.upgrade(heads, target), true);
    }

    /**
     * Steps of {@code downgrade target}, newest first.
     *
     * @throws TargetException when a current head is unknown or the target is not below the heads
     */
    public List<Step> downgrade(Collection<String> currentHeads, String target) {
        List<String> heads = known(currentHeads);
        return run(heads, iterator.downgrade(heads, target), false);
    }

    /**
     * Steps of {@code stamp targets...} (no target means {@code base}).
     *
     * @param mode {@link StampMode#PURGE} when the version table is emptied first; the current heads are then ignored
     */
    public List<Step> stamp(Collection<String> currentHeads, List<String> targets, StampMode mode) {
        List<String> heads = mode == StampMode.PURGE ? List.of() : known(currentHeads);
        HeadMaintainer maintainer = new HeadMaintainer(heads);
        return new StampPlanner(graph, resolver).moves(heads, targets).stream().map(maintainer::updateToStep)
                .toList();
    }

    /** Offline {@code upgrade --sql [from:]to}: without a range the database is taken to be empty. */
    public List<Step> upgradeOffline(String range) {
        OfflineRange parsed = OfflineRange.parse(range, false, "upgrade");
        return upgrade(startingHeads(parsed.from()), parsed.to());
    }

    /** Offline {@code downgrade --sql from:to}; the range is required. */
    public List<Step> downgradeOffline(String range) {
        OfflineRange parsed = OfflineRange.parse(range, true, "downgrade");
        return downgrade(startingHeads(parsed.from()), parsed.to());
    }

    /** Offline {@code stamp --sql [from:]to...}; every target naming a start must name the same one. */
    public List<Step> stampOffline(List<String> targets) {
        List<OfflineRange> ranges = targets.stream().map(t -> OfflineRange.parse(t, false, "stamp")).toList();
        List<String> starts = ranges.stream().map(OfflineRange::from).filter(from -> !from.isEmpty()).distinct()
                .toList();
        if (starts.size() > 1) {
            throw new TargetException(String.join(" ", targets), "Stamp operation with --sql only supports a single "
                    + "starting revision at a time (got " + String.join(", ", starts) + "). Run one stamp per "
                    + "starting revision.", starts);
        }
        List<String> heads = startingHeads(starts.isEmpty() ? "" : starts.get(0));
        return stamp(heads, ranges.stream().map(OfflineRange::to).toList(), StampMode.KEEP);
    }

    /**
     * The heads an offline run starts from: none for an empty start or {@code base}, else the one revision the
     * start names.
     */
    public List<String> startingHeads(String from) {
        if (from.isEmpty() || "base".equals(from)) {
            return List.of();
        }
        String start = resolver.resolveOne(from).orElseThrow(() -> new TargetException(from, "The starting "
                + "revision '" + from + "' names no revision. Use 'base' to start from an empty database.",
                List.of()));
        return List.of(start);
    }

    private List<Step> run(List<String> heads, List<String> order, boolean upgrade) {
        HeadMaintainer maintainer = new HeadMaintainer(heads);
        AncestorCache ancestors = new AncestorCache(graph);
        List<Step> steps = new ArrayList<>(order.size());
        for (String revision : order) {
            steps.add(maintainer.updateToStep(new RevisionMove(graph, revision, upgrade, ancestors)));
        }
        return steps;
    }

    private List<String> known(Collection<String> currentHeads) {
        for (String head : currentHeads) {
            if (!graph.contains(head)) {
                throw new TargetException(head, "The version table holds revision '" + head + "', which is not "
                        + "among the revisions loaded. Restore its file, or stamp the database to a known revision "
                        + "('stamp --purge <rev>').", List.of());
            }
        }
        return List.copyOf(currentHeads);
    }
}
