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
 * A model whose checks and partial indexes PostgreSQL prints in a form that does not read back the same (an
 * {@code IN} list over {@code varchar}, as Hibernate writes for enums) is brought to the form its revisions build.
 */
class CanonicalFormsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final String MODEL = """
            CREATE DOMAIN code AS varchar(8) CONSTRAINT code_known CHECK (VALUE IN ('a', 'b'));
            CREATE TABLE t (s varchar(16) CONSTRAINT t_s_known CHECK (s IN ('A', 'B')), c code);
            COMMENT ON CONSTRAINT t_s_known ON t IS 'kept';
            CREATE INDEX t_known ON t (s) WHERE s IN ('A', 'B');
            COMMENT ON INDEX t_known IS 'kept too';
            """;

    @Test
    void theCanonicalModelIsWhatItsOwnDefinitionsBuild() throws Exception {
        TestDatabase db = DB.get();
        try (Connection connection = db.connect()) {
            execute(connection, List.of(MODEL));
            Catalog asWritten = EveryKindDatabase.read(connection);
            CanonicalForms.apply(connection);
            Catalog canonical = EveryKindDatabase.read(connection);

            assertThat(CatalogDiff.between(asWritten, canonical).differences()).extracting(d -> d.object().name())
                    .containsExactlyInAnyOrder("public.code", "public.t.t_s_known", "public.t_known");
            try (TestDatabase rebuilt = TestServers.find().createDatabase("CanonicalRebuilt");
                 Connection again = rebuilt.connect()) {
                execute(again, Planner.plan(EveryKindDatabase.read(again), canonical).stream().map(Step::sql).toList());
                assertThat(CatalogDiff.between(EveryKindDatabase.read(again), canonical).text()).isEmpty();
            }
        }
        assertThat(db.strings("SELECT description FROM pg_description WHERE description LIKE 'kept%' ORDER BY 1"))
                .containsExactly("kept", "kept too");
    }

    private static void execute(Connection connection, List<String> sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }
}
