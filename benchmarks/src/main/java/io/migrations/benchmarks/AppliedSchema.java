package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks, outside the timed part, that a tool really applied a whole workload. */
final class AppliedSchema {

    private AppliedSchema() {
    }

    /**
     * @throws IllegalStateException when {@code db} does not hold the {@code n} workload tables with their rows
     */
    static void verify(TestDatabase db, int n, String tool) throws SQLException {
        long tables = count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't\\_%'");
        if (tables != n) {
            throw new IllegalStateException(tool + " left " + tables + " workload tables in " + db.name() + ", expected " + n);
        }
        String last = new RevisionSql(n).table();
        long rows = count(db, "SELECT count(*) FROM " + last);
        if (rows != 3) {
            throw new IllegalStateException(tool + " left " + rows + " rows in " + last + " in " + db.name() + ", expected 3");
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
