package io.migrations.benchmarks;

import io.migrations.api.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a revision graph of a given size shaped like a long-lived project's: a main line where, now and
 * then, two or three branches grow from the same revision for a while and a merge revision joins them again.
 * The graph has one base and one head; the same seed gives the same graph.
 */
final class SyntheticGraph {

    /** One revision in this many starts a fork. */
    private static final int FORK_EVERY = 25;
    /** Most revisions on all the branches of one fork together. */
    private static final int MAX_BRANCH = 30;

    private final Random random;
    private final List<Revision> revisions = new ArrayList<>();

    private SyntheticGraph(long seed) {
        this.random = new Random(seed);
    }

    /** {@code size} revisions in load order (parents first), with branches and merges. */
    static List<Revision> generate(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("a graph needs at least one revision, got " + size);
        }
        return new SyntheticGraph(seed).grow(size);
    }

    private List<Revision> grow(int size) {
        String tip = add(List.of());
        while (revisions.size() < size) {
            int left = size - revisions.size();
            // A fork adds at most MAX_BRANCH + 1 revisions, so it never overshoots the size.
            tip = left > MAX_BRANCH + 1 && random.nextInt(FORK_EVERY) == 0 ? fork(tip) : add(List.of(tip));
        }
        return List.copyOf(revisions);
    }

    /** Grows two or three branches from {@code from} and merges them; returns the merge. */
    private String fork(String from) {
        int branches = 2 + random.nextInt(2);
        List<String> tips = new ArrayList<>();
        for (int b = 0; b < branches; b++) {
            String tip = from;
            int length = 1 + random.nextInt(MAX_BRANCH / branches);
            for (int i = 0; i < length; i++) {
                tip = add(List.of(tip));
            }
            tips.add(tip);
        }
        return add(tips);
    }

    private String add(List<String> parents) {
        String id = Workload.revisionId(revisions.size() + 1);
        revisions.add(new Revision(id, parents, List.of(), List.of(), "revision " + revisions.size(), "", id));
        return id;
    }
}
