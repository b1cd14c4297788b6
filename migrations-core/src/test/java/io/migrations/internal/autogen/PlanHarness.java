package io.migrations.internal.autogen;

import io.migrations.TestCatalogs;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Builds two schemas from SQL, plans from one to the other, and applies the plan to the first. */
final class PlanHarness implements AutoCloseable {

    private final TestDatabase from = TestServers.find().createDatabase("PlanFrom");
    private final TestDatabase to = TestServers.find().createDatabase("PlanTo");

    /** Builds {@code fromSql} and {@code toSql}, applies the plan between them; returns what still differs. */
    String roundTrip(String fromSql, String toSql, List<String> applied) throws SQLException {
        clear(from);
        clear(to);
        if (!fromSql.isBlank()) {
            from.execute(fromSql);
        }
        if (!toSql.isBlank()) {
            to.execute(toSql);
        }
        Catalog before = TestCatalogs.read(from);
        Catalog after = TestCatalogs.read(to);
        List<Step> steps = Planner.plan(before, after);
        String script = steps.stream().map(Step::text).collect(Collectors.joining("\n"));
        applied.add(script);
        try (Connection connection = from.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (Step step : steps) {
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\nin: " + step.sql() + "\nscript:\n" + script, e);
                }
            }
            connection.commit();
        }
        return CatalogDiff.between(TestCatalogs.read(from), after).text();
    }

    /** Drops every user schema and creates {@code public} again as a new database has it. */
    static void clear(TestDatabase database) throws SQLException {
        String schemas = TestCatalogs.readAll(database).schemas().stream().map(schema -> "\"" + schema.name() + "\"")
                .collect(Collectors.joining(", "));
        database.execute("DROP SCHEMA " + schemas + " CASCADE; CREATE SCHEMA public; "
                + "COMMENT ON SCHEMA public IS 'standard public schema'");
    }

    @Override
    public void close() {
        from.close();
        to.close();
    }
}
