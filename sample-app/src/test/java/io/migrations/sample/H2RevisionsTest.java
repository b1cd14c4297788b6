package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Direction;
import io.migrations.api.Revision;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.connect.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks {@link RevisionsTest} runs on PostgreSQL with the {@code migrations-test} kit, run here on H2, the
 * database the app uses without configuration, through the core API, comparing schemas through the one catalog
 * (its H2 reader). Each starts from an empty database: upgrade from empty, every revision
 * up, down and up again (the stairway), and a downgrade to base that leaves nothing behind.
 */
class H2RevisionsTest {

    private final DataSource dataSource = new UrlDataSource(
            DatabaseUrl.parse("jdbc:h2:mem:H2RevisionsTest;DB_CLOSE_DELAY=-1", "sa", ""));
    private Migrations migrations;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        migrations = Migrations.create(MigrationsConfig.builder().dataSource(dataSource).build());
    }

    @Test
    void upgradeFromEmptyReachesTheHead() throws SQLException {
        migrations.upgrade("heads");

        assertThat(migrations.current()).containsExactly(AppRevisions.HEAD);
        assertThat(migrations.check("heads").pending()).isEmpty();
        assertThat(SchemaSnapshot.of(dataSource).tables())
                .containsExactlyInAnyOrder("users", "workspaces", "api_keys", "logs");
    }

    @Test
    void downgradeToBaseLeavesNoTableBehindAndUpgradesAgain() throws SQLException {
        SchemaSnapshot empty = SchemaSnapshot.of(dataSource);
        migrations.upgrade("heads");
        SchemaSnapshot head = SchemaSnapshot.of(dataSource);

        migrations.downgrade("base");
        assertThat(migrations.current()).isEmpty();
        assertSchema("after the downgrade to base", empty);

        migrations.upgrade("heads");
        assertSchema("after upgrading again", head);
    }

    /**
     * For each revision in upgrade order: upgrade to it, downgrade to its first parent and expect the schema that
     * revisions applied then had, upgrade again (re-applying what the downgrade took from other branches) and expect
     * the schema of the first upgrade.
     */
    @Test
    void everyRevisionGoesUpDownAndUpAgain() throws SQLException {
        Map<Set<String>, SchemaSnapshot> schemaOf = new HashMap<>();
        schemaOf.put(applied(), SchemaSnapshot.of(dataSource));
        for (Revision revision : upgradeOrder()) {
            String id = revision.id();
            List<String> headsBefore = migrations.current();
            migrations.upgrade(id);
            Set<String> afterUpgrade = applied();
            SchemaSnapshot upgraded = SchemaSnapshot.of(dataSource);
            schemaOf.put(afterUpgrade, upgraded);

            migrations.downgrade(revision.isBase() ? "base" : revision.downRevisions().get(0));
            assertThat(applied()).as("revisions applied after the downgrade of %s", id).doesNotContain(id);
            assertThat(schemaOf).as("a schema seen before for the revisions left by the downgrade of %s", id)
                    .containsKey(applied());
            assertSchema("after the downgrade of " + id, schemaOf.get(applied()));

            migrations.upgrade(id);
            headsBefore.forEach(migrations::upgrade);
            assertThat(applied()).as("revisions applied after upgrading %s again", id).isEqualTo(afterUpgrade);
            assertSchema("after upgrading " + id + " again", upgraded);
        }
        assertThat(migrations.current()).containsExactly(AppRevisions.HEAD);
    }

    /** Fails naming the objects that are missing or should not be there. */
    private void assertSchema(String when, SchemaSnapshot expected) throws SQLException {
        assertThat(SchemaSnapshot.of(dataSource).objects()).as("schema " + when)
                .containsExactlyInAnyOrderElementsOf(expected.objects());
    }

    private List<Revision> upgradeOrder() {
        return migrations.plan(Direction.UPGRADE, "heads").stream().flatMap(step -> step.revision().stream()).toList();
    }

    private Set<String> applied() {
        return migrations.revisions().lineage(migrations.current());
    }
}
