package io.migrations.internal.plan;

import io.migrations.api.TargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code HeadMaintainer}: tracks the version-table rows while a plan is built and turns each step into
 * the inserts, deletes and updates Alembic would issue. Where Alembic would fail an assertion (a row inserted
 * twice, a row missing), planning stops with a {@link TargetException} before anything runs.
 */
final class HeadMaintainer {

    private final Set<String> heads;

    HeadMaintainer(Collection<String> heads) {
        this.heads = new LinkedHashSet<>(heads);
    }

    /** Current rows, in the order they were added. */
    Set<String> heads() {
        return Collections.unmodifiableSet(heads);
    }

    /** Applies one step; returns the step with its version-table operations. */
    Step updateToStep(Move move) {
        List<VersionOp> ops = new ArrayList<>();
        if (move.shouldDeleteBranch(heads)) {
            delete(move.deleteVersionNum(), ops);
        } else if (move.shouldCreateBranch(heads)) {
            insert(move.insertVersionNum(), ops);
        } else if (move.shouldMergeBranches(heads)) {
            Move.Merge merge = move.mergeBranchIdents(heads);
            merge.deletes().forEach(revision -> delete(revision, ops));
            update(merge.updateFrom(), merge.updateTo(), ops);
        } else if (move.shouldUnmergeBranches(heads)) {
            Move.Unmerge unmerge = move.unmergeBranchIdents(heads);
            unmerge.inserts().forEach(revision -> insert(revision, ops));
            update(unmerge.updateFrom(), unmerge.updateTo(), ops);
        } else {
            Move.Update update = move.updateVersionNum(heads);
            update(update.from(), update.to(), ops);
        }
        return move.toStep(ops);
    }

    private void insert(String revision, List<VersionOp> ops) {
        if (!heads.add(revision)) {
            throw conflict(revision, "insert a row for " + revision + ", which is already present");
        }
        ops.add(new VersionOp.Insert(revision));
    }

    private void delete(String revision, List<VersionOp> ops) {
        requirePresent(revision, "delete");
        heads.remove(revision);
        ops.add(new VersionOp.Delete(revision));
    }

    private void update(String from, String to, List<VersionOp> ops) {
        if (heads.contains(to)) {
            throw conflict(to, "update " + from + " to " + to + ", which is already present");
        }
        requirePresent(from, "update");
        heads.remove(from);
        heads.add(to);
        ops.add(new VersionOp.Update(from, to));
    }

    private void requirePresent(String revision, String action) {
        if (!heads.contains(revision)) {
            throw conflict(revision, action + " the row for " + revision + ", which is not present");
        }
    }

    private TargetException conflict(String revision, String problem) {
        return new TargetException(revision, "The version table cannot follow this plan: it would have to "
                + problem + " (rows at that point: " + String.join(", ", heads) + "). Alembic stops here too. "
                + "Use 'stamp' to set the version table to the revisions actually applied.", List.copyOf(heads));
    }
}
