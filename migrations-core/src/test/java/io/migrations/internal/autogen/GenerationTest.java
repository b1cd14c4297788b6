package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.catalog.EveryKindDatabase;
import io.migrations.testdb.FreshDatabase;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a change is split into revisions, applied on a real database as the engine would, both ways. */
class GenerationTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    /**
     * A value the main revision uses is added first, in a revision of its own outside a transaction; its downgrade,
     * an enum rebuild, is one statement, so a row that still holds the value stops it with nothing changed.
     */
    @Test
    void theEnumValuesRevisionComesDownWholeOrNotAtAll() throws Exception {
        TestDatabase db = DB.get();
        try (TestDatabase model = TestServers.find().createDatabase("GenerationModel")) {
            db.execute("CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE users (id int, mood mood DEFAULT 'sad')");
            model.execute("CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok'); "
                    + "CREATE TABLE users (id int, mood mood DEFAULT 'happy')");
            Catalog start = EveryKindDatabase.read(db);
            List<RevisionPart> parts = Generation.of(start, EveryKindDatabase.read(model), Renames.none());
            assertThat(parts).extracting(RevisionPart::phase).containsExactly(Phase.ENUM_VALUES, Phase.MAIN);
            RevisionPart values = parts.get(0);
            RevisionPart main = parts.get(1);
            assertThat(values.downgrade()).singleElement().satisfies(step -> assertThat(step.sql()).startsWith("DO "));

            up(db, values);
            up(db, main);
            db.execute("INSERT INTO users VALUES (1, 'happy')");
            down(db, main);
            Catalog withValues = EveryKindDatabase.read(db);

            assertThatThrownBy(() -> down(db, values)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("happy");
            assertThat(CatalogDiff.between(EveryKindDatabase.read(db), withValues).text()).as("nothing half done")
                    .isEmpty();
            db.execute("DELETE FROM users");
            down(db, values);
            assertThat(CatalogDiff.between(EveryKindDatabase.read(db), start).text()).isEmpty();
        }
    }

    private static void up(TestDatabase db, RevisionPart part) throws SQLException {
        run(db, part.upgrade(), part.transactional());
    }

    private static void down(TestDatabase db, RevisionPart part) throws SQLException {
        run(db, part.downgrade(), part.transactional());
    }

    /** As the engine runs a revision: in one transaction, or each statement on its own. */
    private static void run(TestDatabase db, List<Step> steps, boolean transactional) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!transactional);
            for (Step step : steps) {
                statement.execute(step.sql());
            }
            if (transactional) {
                connection.commit();
            }
        }
    }
}
