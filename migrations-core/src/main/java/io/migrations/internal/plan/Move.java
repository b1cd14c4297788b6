package io.migrations.internal.plan;

import java.util.List;
import java.util.Set;

/**
 * One migration step as Alembic's {@code HeadMaintainer} sees it ({@code RevisionStep} or {@code StampStep}):
 * the questions it asks to decide how the version table changes, given the heads at that point.
 */
sealed interface Move permits RevisionMove, StampMove {

    boolean shouldDeleteBranch(Set<String> heads);

    boolean shouldCreateBranch(Set<String> heads);

    boolean shouldMergeBranches(Set<String> heads);

    boolean shouldUnmergeBranches(Set<String> heads);

    /** Row removed when a branch disappears. */
    String deleteVersionNum();

    /** Row added when a branch appears. */
    String insertVersionNum();

    /** The {@code from -> to} of a plain row update. */
    Update updateVersionNum(Set<String> heads);

    /** Rows to delete, then the one row to update, when branches merge. */
    Merge mergeBranchIdents(Set<String> heads);

    /** The one row to update, then the rows to insert, when a merge is undone. */
    Unmerge unmergeBranchIdents(Set<String> heads);

    /** The step as the plan reports it. */
    Step toStep(List<VersionOp> versionOps);

    record Update(String from, String to) {
    }

    record Merge(List<String> deletes, String updateFrom, String updateTo) {
    }

    record Unmerge(String updateFrom, String updateTo, List<String> inserts) {
    }
}
