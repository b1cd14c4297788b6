package io.migrations.test;

import io.migrations.Migrations;
import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.MigrationsException;
import io.migrations.api.PlannedStep;
import io.migrations.api.Revision;
import io.migrations.test.CatalogSnapshot.Difference;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One check's moves through the revisions on the test database: it starts from an empty database, keeps track of
 * which revisions are applied, and turns every engine error or catalog mismatch into a {@link CheckFailedError}
 * that names the check and the revision.
 */
final class Walk {

    private static final Logger log = LoggerFactory.getLogger(Walk.class);

    private final Migrations migrations;
    private final TestCatalog catalog;
    private final String check;
    private final Set<String> applied = new LinkedHashSet<>();

    Walk(Migrations migrations, String check) {
        this.migrations = migrations;
        this.catalog = TestCatalog.of(migrations.config());
        this.check = check;
    }

    /** Empties the database and returns its catalog, the baseline every expectation starts from. */
    CatalogSnapshot start() {
        catalog.clear();
        applied.clear();
        return catalog.snapshot();
    }

    /** Every revision in the order an upgrade from the current state to the heads applies them. */
    List<Revision> upgradeOrder() {
        return migrations.plan(Direction.UPGRADE, "heads").stream().flatMap(step -> step.revision().stream()).toList();
    }

    /** Upgrades to {@code target}; {@code action} says what this move is for, in failure messages. */
    void upgrade(String target, String action) {
        move(Direction.UPGRADE, target, action);
    }

    /** Downgrades to {@code target}; {@code action} says what this move is for, in failure messages. */
    void downgrade(String target, String action) {
        move(Direction.DOWNGRADE, target, action);
    }

    /** Revisions applied now, according to the steps this walk ran. */
    Set<String> applied() {
        return Set.copyOf(applied);
    }

    /** Revisions in the version table now. */
    List<String> current() {
        return migrations.current();
    }

    CatalogSnapshot snapshot() {
        return catalog.snapshot();
    }

    /**
     * Fails unless the catalog now equals {@code expected}, naming the revisions that created the extra objects.
     *
     * @param ledger     traces each extra object to the revision that created it
     * @param extraLabel how to call an extra object, e.g. "left behind" after a downgrade
     * @param about      the revisions the failure is about when no extra object has a known creator
     * @param problem    what went wrong, e.g. "downgrade of 1a2b did not restore the schema"
     */
    void expectCatalog(CatalogSnapshot expected, SchemaLedger ledger, String extraLabel, List<String> about, String problem) {
        Difference difference = expected.to(snapshot());
        if (difference.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(problem).append('.');
        Set<String> creators = new LinkedHashSet<>();
        for (String object : difference.added()) {
            String creator = ledger.creatorOf(object);
            message.append("\n  ").append(extraLabel).append(": ").append(object);
            if (creator != null) {
                creators.add(creator);
                message.append(" (created by ").append(describe(creator)).append(")");
            }
        }
        difference.removed().forEach(object -> message.append("\n  missing: ").append(object));
        throw new CheckFailedError(check, creators.isEmpty() ? about : List.copyOf(creators), message.toString());
    }

    /** {@code id (location)} for messages. */
    String describe(String id) {
        return RevisionNames.describe(migrations, id);
    }

    private void move(Direction direction, String target, String action) {
        log.debug("{}: {}", check, action);
        MigrationResult result;
        try {
            result = direction == Direction.UPGRADE ? migrations.upgrade(target) : migrations.downgrade(target);
        } catch (MigrationsException e) {
            throw new CheckFailedError(check, failedRevisions(e, direction, target), action + " failed:\n" + e.getMessage(), e);
        }
        for (AppliedStep done : result.steps()) {
            PlannedStep step = done.step();
            step.revision().map(Revision::id).ifPresent(step.direction() == Direction.UPGRADE ? applied::add : applied::remove);
        }
    }

    /**
     * The revision an error is about: the one the engine names; else, for a downgrade refused before it ran, the
     * first revision on the way without a downgrade; else the first revision the move would have run.
     */
    private List<String> failedRevisions(MigrationsException e, Direction direction, String target) {
        if (e instanceof DatabaseException db && db.revision() != null) {
            return List.of(db.revision());
        }
        try {
            List<Revision> planned = migrations.plan(direction, target).stream()
                    .flatMap(step -> step.revision().stream()).toList();
            Optional<Revision> culprit = planned.stream()
                    .filter(revision -> direction == Direction.DOWNGRADE && !reversible(revision))
                    .findFirst().or(() -> planned.stream().findFirst());
            return culprit.map(revision -> List.of(revision.id())).orElse(List.of());
        } catch (MigrationsException planError) {
            return List.of();
        }
    }

    private boolean reversible(Revision revision) {
        return migrations.revisions().isReversible(revision.id());
    }
}
