package io.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One change to one attribute of one object of {@code catalog/every-kind.sql} shows as exactly one difference,
 * naming that object and attribute. Each change runs in a transaction that is rolled back (DDL is transactional).
 */
class OneChangeOneDifferenceTest {

    @RegisterExtension
    static final EveryKindDatabase DB = new EveryKindDatabase();

    static List<SingleChanges.Change> changes() {
        return SingleChanges.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void oneChangeIsOneDifference(SingleChanges.Change change) throws SQLException {
        Catalog after;
        try (Connection connection = DB.database().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(change.sql());
            }
            after = EveryKindDatabase.read(connection);
            connection.rollback();
        }
        CatalogDiff diff = CatalogDiff.between(DB.catalog(), after);

        assertThat(diff.differences()).as(diff.text()).hasSize(1);
        Difference difference = diff.differences().get(0);
        assertThat(difference.object().toString()).isEqualTo(change.object());
        assertThat(difference.attribute()).isEqualTo(change.attribute());
        assertThat(CatalogDiff.between(after, DB.catalog()).differences()).as("the reverse diff").hasSize(1);
    }
}
