package io.migrations.test;

import org.junit.jupiter.api.Test;

/**
 * Every revision check as a ready {@code @Test}; extend it and, if the defaults do not fit, annotate the subclass:
 *
 * <pre>{@code
 * @MigrationsTest(locations = "classpath:db/migrations", irreversible = "3f2a1b")
 * class RevisionsTest extends RevisionTests {
 * }
 * }</pre>
 *
 * Override a method (e.g. with {@code @Disabled}) to leave a check out.
 */
@MigrationsTest
public abstract class RevisionTests {

    /** See {@link RevisionChecks#assertHeads()}. */
    @Test
    protected void hasExpectedHeads(RevisionChecks checks) {
        checks.assertHeads();
    }

    /** See {@link RevisionChecks#assertDowngradesExist()}. */
    @Test
    protected void everyRevisionHasADowngrade(RevisionChecks checks) {
        checks.assertDowngradesExist();
    }

    /** See {@link RevisionChecks#assertUpgradeFromEmpty()}. */
    @Test
    protected void upgradesFromEmptyDatabase(RevisionChecks checks) {
        checks.assertUpgradeFromEmpty();
    }

    /** See {@link RevisionChecks#assertStairway()}. */
    @Test
    protected void stairway(RevisionChecks checks) {
        checks.assertStairway();
    }

    /** See {@link RevisionChecks#assertCleanDowngrade()}. */
    @Test
    protected void downgradesToBaseCleanly(RevisionChecks checks) {
        checks.assertCleanDowngrade();
    }
}
