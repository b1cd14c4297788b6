package io.migrations.benchmarks;

import io.migrations.catalog.Table;
import io.migrations.internal.platform.CatalogScope;
import io.migrations.internal.platform.Databases;
import io.migrations.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Checks, outside the timed part, that a tool really applied a whole workload. */
final class AppliedSchema {

    private AppliedSchema() {
    }

    /**
     * @throws IllegalStateException when {@code db} does not hold the {@code n} workload tables with their rows
     */
    static void verify(TestDatabase db, int n, String tool) throws SQLException {
        long tables = tables(db).stream().filter(name -> name.startsWith("t_")).count();
        if (tables != n) {
            throw new IllegalStateException(tool + " left " + tables + " workload tables in " + db.name() + ", expected " + n);
        }
        String last = new RevisionSql(n).table();
        long rows = count(db, "SELECT count(*) FROM " + last);
        if (rows != 3) {
            throw new IllegalStateException(tool + " left " + rows + " rows in " + last + " in " + db.name() + ", expected 3");
        }
    }

    /** Every table in the public schema, read through the one catalog: the workload's and the tool's bookkeeping. */
    static List<String> tables(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return Databases.detect(connection).catalogReader().read(connection, CatalogScope.everything()).tables()
                    .stream().map(Table::name).filter(name -> name.schema().equals("public"))
                    .map(name -> name.name()).sorted().toList();
        }
    }

    /** The first column of the first row of {@code sql}, a count. */
    static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
