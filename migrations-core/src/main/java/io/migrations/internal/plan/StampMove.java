package io.migrations.internal.plan;

import io.migrations.api.Direction;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Alembic's {@code StampStep}: rewriting version rows from some revisions to others without running anything.
 *
 * @param from       rows the stamp moves away from (empty for a new branch)
 * @param to         rows it moves to (empty when stamping a branch back to base)
 * @param upgrade    whether the destination is above the rows it replaces
 * @param branchMove whether a whole branch appears or disappears (insert or delete rather than update)
 */
record StampMove(RevisionGraph graph, List<String> from, List<String> to, boolean upgrade, boolean branchMove)
        implements Move {

    StampMove {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public boolean shouldDeleteBranch(Set<String> heads) {
        return !upgrade && branchMove;
    }

    @Override
    public boolean shouldCreateBranch(Set<String> heads) {
        return upgrade && (branchMove || !heads.containsAll(from)) && !heads.containsAll(to);
    }

    @Override
    public boolean shouldMergeBranches(Set<String> heads) {
        return from.size() > 1;
    }

    @Override
    public boolean shouldUnmergeBranches(Set<String> heads) {
        return to.size() > 1;
    }

    @Override
    public String deleteVersionNum() {
        return single(from);
    }

    @Override
    public String insertVersionNum() {
        return single(to);
    }

    @Override
    public Update updateVersionNum(Set<String> heads) {
        return new Update(single(from), single(to));
    }

    @Override
    public Merge mergeBranchIdents(Set<String> heads) {
        return new Merge(from.subList(0, from.size() - 1), from.get(from.size() - 1), to.get(0));
    }

    @Override
    public Unmerge unmergeBranchIdents(Set<String> heads) {
        return new Unmerge(from.get(0), to.get(to.size() - 1), to.subList(0, to.size() - 1));
    }

    private String single(List<String> revisions) {
        if (revisions.size() != 1) {
            throw new TargetException(String.join(", ", to), "Cannot stamp from " + describe(from) + " to "
                    + describe(to) + " with a single row change. Stamp with --purge to rewrite the version table.",
                    revisions);
        }
        return revisions.get(0);
    }

    private static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }

    @Override
    public Step toStep(List<VersionOp> versionOps) {
        Optional<String> destination = to.stream().findFirst();
        return new Step(Direction.STAMP, destination.map(graph::get), from, to, versionOps);
    }
}
