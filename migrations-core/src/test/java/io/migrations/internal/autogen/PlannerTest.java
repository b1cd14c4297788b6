package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.catalog.EveryKindDatabase;
import io.migrations.catalog.SingleChanges;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plans between schemas reach the target catalog exactly, both ways: each single change of the catalog tests
 * (made and planned inside a transaction on a database built once from {@code every-kind.sql}, then rolled back,
 * since DDL is transactional), and the whole schema from nothing and back.
 */
class PlannerTest {

    @RegisterExtension
    static final EveryKindDatabase DB = new EveryKindDatabase();

    private final List<String> applied = new ArrayList<>();

    static List<SingleChanges.Change> changes() {
        return SingleChanges.all();
    }

    /** Each single change, planned from the schema to the changed one and back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachSingleChangeBothWays(SingleChanges.Change change) throws Exception {
        try (Connection connection = DB.database().connect()) {
            connection.setAutoCommit(false);
            execute(connection, List.of(change.sql()));
            Catalog changed = read(connection);
            connection.rollback();

            execute(connection, Planner.plan(DB.catalog(), changed));
            assertThat(CatalogDiff.between(read(connection), changed).text()).as(script()).isEmpty();
            connection.rollback();

            execute(connection, List.of(change.sql()));
            execute(connection, Planner.plan(changed, DB.catalog()));
            assertThat(CatalogDiff.between(read(connection), DB.catalog()).text()).as(script()).isEmpty();
            connection.rollback();
        }
    }

    @Test
    void everyKindFromNothingAndBack() throws Exception {
        try (TestDatabase empty = TestServers.find().createDatabase("PlannerEmpty");
             Connection connection = empty.connect()) {
            Catalog nothing = read(empty);
            connection.setAutoCommit(false);
            execute(connection, Planner.plan(nothing, DB.catalog()));
            assertThat(CatalogDiff.between(read(connection), DB.catalog()).text()).as(script()).isEmpty();
            execute(connection, Planner.plan(DB.catalog(), nothing));
            assertThat(CatalogDiff.between(read(connection), nothing).text()).as(script()).isEmpty();
            connection.rollback();
        }
    }

    /**
     * PostgreSQL refuses, inside the transaction that added it, an enum value a default then uses (55P04); the plan
     * rebuilds such an enum instead, so a downgrade that puts back a removed value still runs in one transaction.
     */
    @Test
    void anEnumGainingAValueTheSamePlanUsesIsRebuiltInOneTransaction() throws Exception {
        try (TestDatabase database = TestServers.find().createDatabase("PlannerEnumFrom");
             TestDatabase target = TestServers.find().createDatabase("PlannerEnumTo");
             Connection connection = database.connect()) {
            database.execute("CREATE TYPE mood AS ENUM ('sad', 'ok'); "
                    + "CREATE TABLE users (id int, mood mood DEFAULT 'sad'); INSERT INTO users VALUES (1, 'ok')");
            target.execute("CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok'); "
                    + "CREATE TABLE users (id int, mood mood DEFAULT 'happy')");
            List<Step> plan = Planner.plan(read(database), read(target));
            assertThat(plan).extracting(Step::sql).noneMatch(sql -> sql.contains("ADD VALUE"));

            connection.setAutoCommit(false);
            execute(connection, plan);
            assertThat(CatalogDiff.between(read(connection), read(target)).text()).as(script()).isEmpty();
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT mood::text FROM users")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ok");
            }
            connection.rollback();
        }
    }

    /** A value added but not used in the same plan stays an {@code ADD VALUE}: no rebuild, no table rewrite. */
    @Test
    void anEnumGainingAnUnusedValueGetsAddValue() throws Exception {
        try (TestDatabase database = TestServers.find().createDatabase("PlannerEnumAdd");
             TestDatabase target = TestServers.find().createDatabase("PlannerEnumAddTo")) {
            database.execute("CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE users (mood mood DEFAULT 'sad')");
            target.execute("CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok'); CREATE TABLE users (mood mood DEFAULT 'sad')");
            assertThat(Planner.plan(read(database), read(target))).extracting(Step::sql)
                    .containsExactly("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'happy' BEFORE 'sad'");
        }
    }

    private static Catalog read(TestDatabase database) throws SQLException {
        return EveryKindDatabase.read(database);
    }

    private static Catalog read(Connection connection) throws SQLException {
        return EveryKindDatabase.read(connection);
    }

    private void execute(Connection connection, List<?> statements) throws SQLException {
        List<String> sql = statements.stream().map(s -> s instanceof Step step ? step.sql() : s.toString()).toList();
        applied.add(statements.stream().map(s -> s instanceof Step step ? step.text() : s + ";")
                .collect(Collectors.joining("\n")));
        try (Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    private String script() {
        return String.join("\n----\n", applied);
    }
}
