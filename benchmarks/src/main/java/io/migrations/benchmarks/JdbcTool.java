package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor: plain JDBC running each file as one string in its own transaction, with no bookkeeping.
 * Its check is only connecting and one query, since it records nothing to compare.
 */
final class JdbcTool implements Tool {

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (Path file : workload.sqlFiles()) {
                statement.execute(Files.readString(file));
                connection.commit();
            }
        }
    }

    @Override
    public void check(TestDatabase db, Workload workload) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1")) {
            rs.next();
        }
    }
}
