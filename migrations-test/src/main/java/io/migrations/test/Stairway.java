package io.migrations.test;

import io.migrations.api.Revision;
import java.util.List;
import java.util.Set;

/**
 * For each revision in upgrade order: upgrade to it, downgrade one step, check the schema is back to what it was,
 * upgrade again and check the schema is what the first upgrade made.
 *
 * <p>"One step" is an explicit target, the revision's first parent (or {@code base}), because a relative
 * {@code -1} is ambiguous once branches exist. With branches, downgrading to the parent also removes sibling
 * revisions that descend from it; the walk re-applies them, so every revision starts from all revisions before
 * it in upgrade order.
 */
final class Stairway {

    static final String NAME = "stairway";

    private Stairway() {
    }

    /** Runs the stairway; revisions in {@code irreversible} are upgraded only. */
    static void run(Walk walk, Set<String> irreversible) {
        SchemaLedger ledger = new SchemaLedger(walk.start());
        for (Revision revision : walk.upgradeOrder()) {
            List<String> headsBefore = walk.current();
            String name = walk.describe(revision.id());
            walk.upgrade(revision.id(), "upgrade to " + name);
            ledger.record(revision.id(), walk.snapshot());
            if (!irreversible.contains(revision.id())) {
                downAndUpAgain(walk, ledger, revision, headsBefore);
            }
        }
    }

    private static void downAndUpAgain(Walk walk, SchemaLedger ledger, Revision revision, List<String> headsBefore) {
        String id = revision.id();
        String name = walk.describe(id);
        String target = revision.isBase() ? "base" : revision.downRevisions().get(0);
        walk.downgrade(target, "downgrade of " + name + " to " + target);
        walk.expectCatalog(ledger.expected(walk.applied()), ledger, "left behind", List.of(id),
                "downgrade of " + name + " did not restore the schema it started from");
        walk.upgrade(id, "upgrade to " + name + " again after its downgrade");
        for (String head : headsBefore) {
            walk.upgrade(head, "re-applying " + walk.describe(head) + " after the downgrade of " + name);
        }
        walk.expectCatalog(ledger.latest(), ledger, "new", List.of(id),
                "upgrading " + name + " again after its downgrade gave a different schema than its first upgrade");
    }
}
