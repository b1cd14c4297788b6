package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * {@code IN} lists over {@code varchar}, as Hibernate writes them for enums and people write them by hand, in checks
 * and partial indexes: PostgreSQL prints them in a form that reads back differently, yet the schema and the one built
 * from its generated DDL compare equal.
 */
class InListChecksTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final String MODEL = """
            CREATE DOMAIN code AS varchar(8) CONSTRAINT code_known CHECK (VALUE IN ('a', 'b'));
            CREATE TABLE t (s varchar(16) CONSTRAINT t_s_known CHECK (s IN ('A', 'B''s')), c code);
            CREATE INDEX t_known ON t (s) WHERE s IN ('A', 'B''s');
            """;

    @Test
    void aSchemaAndTheOneItsGeneratedDdlBuildsCompareEqual() throws Exception {
        TestDatabase db = DB.get();
        Catalog written;
        try (Connection connection = db.connect()) {
            execute(connection, List.of(MODEL));
            written = EveryKindDatabase.read(connection);
        }
        assertThat(written.lines()).anyMatch(line -> line.contains(
                "ANY (ARRAY[('A'::character varying)::text, ('B''s'::character varying)::text])"));

        try (TestDatabase rebuilt = TestServers.find().createDatabase("InListRebuilt");
             Connection again = rebuilt.connect()) {
            execute(again, Planner.plan(EveryKindDatabase.read(again), written).stream().map(Step::sql).toList());
            assertThat(CatalogDiff.between(EveryKindDatabase.read(again), written).text()).isEmpty();
        }
    }

    private static void execute(Connection connection, List<String> sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }
}
