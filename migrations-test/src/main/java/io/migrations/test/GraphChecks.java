package io.migrations.test;

import io.migrations.Migrations;
import io.migrations.RevisionSet;
import io.migrations.api.Revision;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks on the revision files alone, without a database: the shape of the graph and the downgrades present. */
final class GraphChecks {

    static final String HEADS = "heads";
    static final String DOWNGRADES = "downgrades";

    private GraphChecks() {
    }

    /**
     * The graph has the expected heads (one, when none are declared) and a single base, or several bases that
     * each carry a branch label, which is how Alembic declares an independent branch. A second unlabelled base
     * is an orphan: a revision whose author forgot its {@code down_revision}.
     */
    static void heads(Migrations migrations, Expectations expectations) {
        Set<String> heads = new TreeSet<>(migrations.heads());
        if (expectations.heads().isEmpty() && heads.size() != 1) {
            throw new CheckFailedError(HEADS, List.copyOf(heads), "expected one head, found " + heads.size() + ": "
                    + RevisionNames.describe(migrations, heads) + ". Add a merge revision whose down_revision lists them all"
                    + " (or declare the expected heads if the branches are meant to stay apart).");
        }
        Set<String> expected = new TreeSet<>(expectations.heads());
        if (!expectations.heads().isEmpty() && !heads.equals(expected)) {
            throw new CheckFailedError(HEADS, List.copyOf(heads), "expected heads " + String.join(", ", expected)
                    + ", found " + RevisionNames.describe(migrations, heads) + ". Merge the extra heads, or update the declared heads.");
        }
        List<Revision> bases = migrations.revisions().all().stream().filter(Revision::isBase).toList();
        List<Revision> unlabelled = bases.stream().filter(revision -> revision.branchLabels().isEmpty()).toList();
        if (bases.size() > 1 && !unlabelled.isEmpty()) {
            throw new CheckFailedError(HEADS, unlabelled.stream().map(Revision::id).toList(), "found " + bases.size()
                    + " base revisions (no down_revision): " + RevisionNames.describe(migrations, bases.stream().map(Revision::id).toList())
                    + ". An unlabelled extra base is usually an orphan: set its down_revision to the revision it follows,"
                    + " or give each base a branch_labels entry if the histories are independent on purpose.");
        }
    }

    /**
     * Every revision has a downgrade, except the ones declared irreversible; and every declared id exists and
     * really has no downgrade, so the declaration cannot go stale.
     */
    static void downgrades(Migrations migrations, Expectations expectations) {
        Set<String> allowed = expectations.irreversible();
        RevisionSet revisions = migrations.revisions();
        List<String> missing = revisions.all().stream().map(Revision::id)
                .filter(id -> !revisions.isReversible(id) && !allowed.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new CheckFailedError(DOWNGRADES, missing, "no downgrade in " + RevisionNames.describe(migrations, missing)
                    + ". Add a '-- downgrade' section that undoes the upgrade, or declare the revision irreversible"
                    + " (@MigrationsTest(irreversible = ...) or RevisionChecks.allowingIrreversible(...)).");
        }
        List<String> stale = allowed.stream().sorted()
                .filter(id -> revisions.find(id).isEmpty() || revisions.isReversible(id)).toList();
        if (!stale.isEmpty()) {
            throw new CheckFailedError(DOWNGRADES, stale, "declared irreversible but unknown or with a downgrade: "
                    + RevisionNames.describe(migrations, stale) + ". Remove them from the irreversible list.");
        }
    }
}
