package io.migrations.sample;

import io.migrations.test.MigrationsTest;
import io.migrations.test.RevisionTests;

/**
 * The app's revisions through the {@code migrations-test} kit on PostgreSQL: a single head, a downgrade in every
 * revision, upgrade from an empty database, the stairway (each revision up, down and up again with the schema
 * compared from the catalog) and a downgrade to base that leaves no object behind.
 */
@MigrationsTest
class RevisionsTest extends RevisionTests {
}
