package io.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.PostgresCatalogReader;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One change to one attribute of one object of {@code catalog/every-kind.sql} shows as exactly one difference,
 * naming that object and attribute. Each change runs in a transaction that is rolled back (DDL is transactional).
 */
class OneChangeOneDifferenceTest {

    private static TestDatabase db;
    private static Catalog before;

    @BeforeAll
    static void build() throws SQLException {
        db = TestServers.find().createDatabase("OneChangeOneDifferenceTest");
        db.execute(Catalogs.fixture("every-kind.sql"));
        before = Catalogs.read(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static List<SingleChanges.Change> changes() {
        return SingleChanges.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void oneChangeIsOneDifference(SingleChanges.Change change) throws SQLException {
        Catalog after;
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(change.sql());
            }
            after = new PostgresCatalogReader().read(connection, CatalogScope.everything());
            connection.rollback();
        }
        CatalogDiff diff = CatalogDiff.between(before, after);

        assertThat(diff.differences()).as(diff.text()).hasSize(1);
        Difference difference = diff.differences().get(0);
        assertThat(difference.object().toString()).isEqualTo(change.object());
        assertThat(difference.attribute()).isEqualTo(change.attribute());
        assertThat(CatalogDiff.between(after, before).differences()).as("the reverse diff").hasSize(1);
    }
}
