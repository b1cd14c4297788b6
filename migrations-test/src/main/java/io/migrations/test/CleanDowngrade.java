package io.migrations.test;

import io.migrations.Migrations;
import io.migrations.api.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Upgrades an empty database one revision at a time, downgrades to base (or, with irreversible revisions, to the
 * last of them) and checks that no user object outlives the revision that created it; then upgrades to heads again.
 */
final class CleanDowngrade {

    static final String NAME = "clean downgrade";

    private CleanDowngrade() {
    }

    static void run(Migrations migrations, Walk walk, Set<String> irreversible) {
        SchemaLedger ledger = new SchemaLedger(walk.start());
        for (Revision revision : walk.upgradeOrder()) {
            walk.upgrade(revision.id(), "upgrade to " + walk.describe(revision.id()));
            ledger.record(revision.id(), walk.snapshot());
        }
        String floor = floor(migrations, irreversible);
        walk.downgrade(floor, "downgrade from heads to " + floor);
        boolean toBase = floor.equals("base");
        List<String> about = toBase ? List.of() : List.of(floor);
        walk.expectCatalog(ledger.expected(walk.applied()), ledger, "left behind", about, "downgrade to " + floor
                + (toBase ? " left the schema different from the empty database it started from"
                        : " left the schema different from what the revisions still applied created"));
        walk.upgrade("heads", "upgrade to heads again after the downgrade to " + floor);
        walk.expectCatalog(ledger.latest(), ledger, "new", about,
                "upgrade to heads after the downgrade to " + floor + " gave a different schema than the first upgrade");
    }

    /** {@code base}, or the one revision that the irreversible revisions and their ancestors end in. */
    private static String floor(Migrations migrations, Set<String> irreversible) {
        if (irreversible.isEmpty()) {
            return "base";
        }
        Set<String> kept = migrations.revisions().lineage(irreversible);
        Set<String> tops = new HashSet<>(kept);
        for (String id : kept) {
            migrations.revisions().find(id).ifPresent(revision -> revision.downRevisions().forEach(tops::remove));
        }
        if (tops.size() != 1) {
            throw new CheckFailedError(NAME, List.copyOf(irreversible), "the irreversible revisions "
                    + String.join(", ", irreversible.stream().sorted().toList()) + " sit on different branches, so no "
                    + "single downgrade target keeps all of them. Test the clean downgrade on a revision set without "
                    + "them, or drop this check.");
        }
        return tops.iterator().next();
    }
}
