package io.migrations.test;

import io.migrations.Migrations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;

/**
 * Ready-made checks of a project's revisions, each a one-liner in a test:
 *
 * <pre>{@code
 * RevisionChecks.of(migrations).allowingIrreversible("3f2a1b").assertStairway();
 * }</pre>
 *
 * Checks that touch the database ({@link #assertUpgradeFromEmpty}, {@link #assertStairway},
 * {@link #assertCleanDowngrade}) first drop every user schema of the configured data source, so give them a
 * database that exists for tests only; each leaves the database at the heads. Failures are
 * {@link CheckFailedError}s naming the check, the revision and its file. Instances are immutable.
 */
public final class RevisionChecks {

    private final Migrations migrations;
    private final Expectations expectations;

    private RevisionChecks(Migrations migrations, Expectations expectations) {
        this.migrations = migrations;
        this.expectations = expectations;
    }

    /** Checks for the revisions and database of {@code migrations}, expecting one head and no irreversible revision. */
    public static RevisionChecks of(Migrations migrations) {
        return new RevisionChecks(migrations, Expectations.DEFAULT);
    }

    /** The same checks, expecting exactly these heads instead of a single one. */
    public RevisionChecks expectingHeads(String... ids) {
        return new RevisionChecks(migrations, new Expectations(List.of(ids), expectations.irreversible()));
    }

    /** The same checks, accepting that these revisions have no downgrade; the stairway only upgrades them. */
    public RevisionChecks allowingIrreversible(String... ids) {
        return new RevisionChecks(migrations, new Expectations(expectations.heads(), Set.of(ids)));
    }

    /** The graph has the expected heads (one by default) and no orphan base revision. */
    public void assertHeads() {
        GraphChecks.heads(migrations, expectations);
    }

    /** Every revision has a downgrade, unless declared irreversible; declared ids exist and lack one. */
    public void assertDowngradesExist() {
        GraphChecks.downgrades(migrations, expectations);
    }

    /** An empty database upgrades to the heads without error. */
    public void assertUpgradeFromEmpty() {
        Walk walk = new Walk(migrations, "upgrade from empty");
        walk.start();
        walk.upgrade("heads", "upgrade from an empty database to heads");
    }

    /** Up, down, up for every revision in upgrade order, comparing the schema after each move. */
    public void assertStairway() {
        Stairway.run(new Walk(migrations, Stairway.NAME), knownIrreversible());
    }

    /** Downgrading from the heads to base leaves no user object behind, and upgrading to the heads again works. */
    public void assertCleanDowngrade() {
        CleanDowngrade.run(migrations, new Walk(migrations, CleanDowngrade.NAME), knownIrreversible());
    }

    /** Runs every check and reports all failures together. */
    public void assertAll() {
        Assertions.assertAll("revision checks",
                this::assertHeads, this::assertDowngradesExist, this::assertUpgradeFromEmpty,
                this::assertStairway, this::assertCleanDowngrade);
    }

    /** Declared irreversible ids that exist; unknown ones are {@link #assertDowngradesExist}'s to report. */
    private Set<String> knownIrreversible() {
        Set<String> known = new HashSet<>(expectations.irreversible());
        known.removeIf(id -> migrations.revisions().find(id).isEmpty());
        return known;
    }
}
