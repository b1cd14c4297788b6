package io.migrations.internal.plan;

import io.migrations.api.Direction;
import io.migrations.api.Revision;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Alembic's {@code RevisionStep}: running one revision's upgrade or downgrade. It moves between the revision and
 * its normalized parents ({@code down_revision} plus dependencies not implied by an ancestor).
 *
 * <p>Where Alembic takes revisions out of a Python set (which branch of a merge is updated rather than deleted
 * while other heads exist), the declared order is kept instead; the resulting rows are the same.
 */
final class RevisionMove implements Move {

    private final Revision revision;
    private final boolean upgrade;
    private final AncestorCache ancestors;
    private final List<String> downRevisions;

    RevisionMove(RevisionGraph graph, String id, boolean upgrade, AncestorCache ancestors) {
        this.revision = graph.get(id);
        this.upgrade = upgrade;
        this.ancestors = ancestors;
        this.downRevisions = graph.normalizedParents(id);
    }

    private String id() {
        return revision.id();
    }

    private List<String> downRevisions() {
        return downRevisions;
    }

    private List<String> fromRevisions() {
        return upgrade ? downRevisions() : List.of(id());
    }

    private List<String> toRevisions() {
        return upgrade ? List.of(id()) : downRevisions();
    }

    @Override
    public boolean shouldDeleteBranch(Set<String> heads) {
        return !upgrade && heads.contains(id())
                && (downRevisions().isEmpty() || unmergeToRevisions(heads).isEmpty());
    }

    @Override
    public boolean shouldCreateBranch(Set<String> heads) {
        return upgrade && downRevisions().stream().noneMatch(heads::contains);
    }

    @Override
    public boolean shouldMergeBranches(Set<String> heads) {
        return upgrade && downRevisions().size() > 1 && downRevisions().stream().filter(heads::contains).count() > 1;
    }

    @Override
    public boolean shouldUnmergeBranches(Set<String> heads) {
        return !upgrade && heads.contains(id()) && downRevisions().size() > 1;
    }

    @Override
    public String deleteVersionNum() {
        return id();
    }

    @Override
    public String insertVersionNum() {
        return id();
    }

    @Override
    public Update updateVersionNum(Set<String> heads) {
        String down;
        if (downRevisions().size() == 1) {
            down = downRevisions().get(0);
        } else {
            List<String> present = downRevisions().stream().filter(heads::contains).toList();
            if (present.size() != 1) {
                throw new TargetException(id(), "Can't do an UPDATE of the version table for revision "
                        + id() + " because its down revision is ambiguous: " + present.size() + " of "
                        + downRevisions() + " are current heads. Stamp the database to the intended revisions "
                        + "first.", present);
            }
            down = present.get(0);
        }
        return upgrade ? new Update(down, id()) : new Update(id(), down);
    }

    @Override
    public Merge mergeBranchIdents(Set<String> heads) {
        List<String> from = withoutAncestorsOfOthers(fromRevisions(), heads, fromRevisions());
        if (from.isEmpty()) {
            throw new TargetException(id(), "Cannot merge into " + id() + ": all of its down revisions are "
                    + "ancestors of other current heads. Stamp the database to the intended revisions first.",
                    List.of());
        }
        return new Merge(from.subList(0, from.size() - 1), from.get(from.size() - 1), toRevisions().get(0));
    }

    @Override
    public Unmerge unmergeBranchIdents(Set<String> heads) {
        List<String> to = unmergeToRevisions(heads);
        return new Unmerge(fromRevisions().get(0), to.get(to.size() - 1), to.subList(0, to.size() - 1));
    }

    /** The parents a downgrade must restore as rows: those no other current head already implies. */
    private List<String> unmergeToRevisions(Set<String> heads) {
        return withoutAncestorsOfOthers(toRevisions(), heads, List.of(id()));
    }

    private List<String> withoutAncestorsOfOthers(List<String> revisions, Set<String> heads, List<String> own) {
        Set<String> others = new HashSet<>(heads);
        own.forEach(others::remove);
        if (others.isEmpty()) {
            return revisions;
        }
        Set<String> implied = ancestors.of(others);
        return revisions.stream().filter(r -> !implied.contains(r)).toList();
    }

    @Override
    public Step toStep(List<VersionOp> versionOps) {
        List<String> parents = revision.downRevisions();
        return new Step(upgrade ? Direction.UPGRADE : Direction.DOWNGRADE, Optional.of(revision),
                upgrade ? parents : List.of(id()), upgrade ? List.of(id()) : parents, versionOps);
    }
}
