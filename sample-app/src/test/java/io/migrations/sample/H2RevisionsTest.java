package io.migrations.sample;

import io.migrations.db.DatabaseUrl;
import io.migrations.db.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The same checks on H2, the database the app runs on without configuration. */
class H2RevisionsTest extends RevisionChecksContract {

    private final DataSource dataSource = new UrlDataSource(
            DatabaseUrl.parse("jdbc:h2:mem:H2RevisionsTest;DB_CLOSE_DELAY=-1", "sa", ""));

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    void emptyDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
    }
}
