package io.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.catalog.Identity.Generation;
import io.migrations.catalog.SequenceOptions.Cycle;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of object of {@code catalog/every-kind.sql}, read back exactly. */
class PostgresCatalogReaderTest {

    @RegisterExtension
    static final EveryKindDatabase DB = new EveryKindDatabase();

    private static Catalog catalog;

    @BeforeAll
    static void read() {
        catalog = Catalogs.read(DB.database());
    }

    private static Table table(String name) {
        return catalog.table("public", name).orElseThrow();
    }

    @Test
    void schemasAndExtensionsWithoutTheObjectsExtensionsOwn() {
        assertThat(catalog.schemas()).containsExactly(new Schema("audit", "audit trail"),
                new Schema("public", "standard public schema"));
        assertThat(catalog.extensions()).singleElement().satisfies(extension -> {
            assertThat(extension.name()).isEqualTo("pg_trgm");
            assertThat(extension.schema()).isEqualTo("public");
            assertThat(extension.comment()).isEqualTo("trigram matching");
        });
        assertThat(catalog.routines()).extracting(Routine::signature).containsExactly("audit.forget(integer)",
                "public.add_one(bigint)", "public.add_one(integer)", "public.touch()");
    }

    @Test
    void columnsWithEveryAttribute() {
        Table users = table("users");
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email", "nickname", "mood",
                "score", "home", "email_lower", "updated_at");
        assertThat(users.column("id")).contains(new Column("id", "bigint", Nullability.NOT_NULL, "",
                new Identity(Generation.ALWAYS, new SequenceOptions("bigint", 7, 2, 1, Long.MAX_VALUE, 1,
                        Cycle.NO_CYCLE)), "", "", ""));
        assertThat(users.column("email")).contains(new Column("email", "text", Nullability.NOT_NULL, "", null, "",
                "\"C\"", "login"));
        assertThat(users.column("nickname")).contains(new Column("nickname", "character varying(40)",
                Nullability.NULL, "'anon'::character varying", null, "", "", ""));
        assertThat(users.column("mood").orElseThrow().type()).isEqualTo("public.mood");
        assertThat(users.column("email_lower")).contains(new Column("email_lower", "text", Nullability.NULL, "",
                null, "lower(email)", "", ""));
        assertThat(table("orders").column("id").orElseThrow().defaultExpression())
                .isEqualTo("nextval('public.orders_id_seq'::regclass)");
    }

    @Test
    void tablesWithPersistenceOptionsRowSecurityAndComment() {
        assertThat(table("cache").persistence()).isEqualTo(Persistence.UNLOGGED);
        assertThat(table("cache").options()).containsExactly("fillfactor=70");
        assertThat(table("orders").rowSecurity()).isEqualTo(Table.RowSecurity.ENABLED);
        assertThat(table("users").comment()).isEqualTo("people");
        assertThat(table("users").persistence()).isEqualTo(Persistence.PERMANENT);
    }

    @Test
    void constraintsOfEveryType() {
        assertThat(table("users").constraint("users_email_key")).contains(new Constraint("users_email_key",
                Constraint.Type.UNIQUE, "UNIQUE (email) DEFERRABLE INITIALLY DEFERRED", null, Origin.LOCAL,
                "one account per address"));
        Constraint foreignKey = table("orders").constraint("fk_orders_user").orElseThrow();
        assertThat(foreignKey.definition())
                .isEqualTo("FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE DEFERRABLE NOT VALID");
        assertThat(foreignKey.references()).isEqualTo(new QualifiedName("public", "users"));
        assertThat(foreignKey.validated()).isFalse();
        assertThat(table("orders").constraint("ck_orders_total").orElseThrow().definition())
                .isEqualTo("CHECK ((total >= (0)::numeric)) NOT VALID");
        assertThat(table("bookings").constraint("no_overlap").orElseThrow().type()).isEqualTo(Constraint.Type.EXCLUSION);
        assertThat(table("orders").constraint("orders_pkey").orElseThrow().definition()).isEqualTo("PRIMARY KEY (id)");
    }

    @Test
    void indexesWithMethodExpressionIncludePredicateAndValidity() throws SQLException {
        assertThat(table("users").indexes()).extracting(Index::name)
                .containsExactly("ix_users_email_trgm", "ix_users_nickname");
        assertThat(table("users").index("ix_users_nickname")).contains(new Index("ix_users_nickname",
                "CREATE UNIQUE INDEX ix_users_nickname ON public.users USING btree (lower((nickname)::text)) "
                        + "INCLUDE (mood) WHERE (nickname IS NOT NULL)", Index.Validity.VALID, null,
                "case-blind nicknames"));
        assertThat(table("users").index("ix_users_email_trgm").orElseThrow().definition())
                .contains("USING gin (email public.gin_trgm_ops)");
        try (TestDatabase other = TestServers.find().createDatabase("InvalidIndex")) {
            other.execute("CREATE TABLE t (x int); INSERT INTO t VALUES (1), (1)");
            try {
                other.execute("CREATE UNIQUE INDEX CONCURRENTLY ix_t_x ON t (x)");
            } catch (SQLException expected) {
                // The failed build leaves the index behind, invalid.
            }
            assertThat(Catalogs.read(other).table("public", "t").orElseThrow().index("ix_t_x").orElseThrow().validity())
                    .isEqualTo(Index.Validity.INVALID);
        }
    }

    @Test
    void partitionsWithBoundsInheritedKeysAndAttachedIndexes() {
        assertThat(table("events").partitionKey()).isEqualTo("RANGE (at)");
        assertThat(table("events_2026_01").partitionOf()).isEqualTo(new Table.PartitionOf(
                new QualifiedName("public", "events"), "FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')"));
        assertThat(table("events_rest").partitionOf().bound()).isEqualTo("DEFAULT");
        assertThat(table("events_2026_01").constraint("events_2026_01_pkey").orElseThrow().origin())
                .isEqualTo(Origin.INHERITED);
        assertThat(table("events_2026_01").index("events_2026_01_at_idx").orElseThrow().parent())
                .isEqualTo(new QualifiedName("public", "ix_events_at"));
    }

    @Test
    void viewsAndMaterializedViewsWithDefinitionsOptionsCommentsAndIndexes() {
        View active = catalog.view("public", "active_users").orElseThrow();
        assertThat(active.kind()).isEqualTo(View.Kind.VIEW);
        assertThat(active.definition().replaceAll("\\s+", " ")).isEqualTo(
                "SELECT users.id, users.email FROM public.users WHERE (users.mood <> 'sad'::public.mood)");
        assertThat(active.options()).containsExactly("security_barrier=true");
        assertThat(active.columnComments()).containsExactlyEntriesOf(Map.of("email", "their login"));
        View totals = catalog.view("public", "order_totals").orElseThrow();
        assertThat(totals.kind()).isEqualTo(View.Kind.MATERIALIZED_VIEW);
        assertThat(totals.indexes()).extracting(Index::name).containsExactly("ix_order_totals_user");
        assertThat(totals.comment()).isEqualTo("per user");
    }

    @Test
    void sequencesWithEveryOptionAndOwner() {
        assertThat(catalog.sequences()).containsExactly(
                new Sequence(new QualifiedName("audit", "invoice_numbers"),
                        new SequenceOptions("integer", 1000, 5, 10, 100000, 3, Cycle.CYCLE), null, "invoice numbers"),
                new Sequence(new QualifiedName("public", "orders_id_seq"),
                        new SequenceOptions("integer", 1, 1, 1, Integer.MAX_VALUE, 1, Cycle.NO_CYCLE),
                        new Sequence.ColumnRef(new QualifiedName("public", "orders"), "id"), ""));
    }

    @Test
    void enumsDomainsAndCompositeTypes() {
        assertThat(catalog.enums()).containsExactly(new EnumType(new QualifiedName("public", "mood"),
                List.of("sad", "ok", "happy"), "how a user feels"));
        assertThat(catalog.domains()).containsExactly(new Domain(new QualifiedName("public", "positive_int"),
                "integer", Nullability.NOT_NULL, "1", "", List.of(new Domain.Check("positive", "CHECK ((VALUE > 0))")),
                "above zero"));
        assertThat(catalog.compositeTypes()).containsExactly(new CompositeType(new QualifiedName("public", "address"),
                List.of(new CompositeType.Field("street", "text", "\"C\"", ""),
                        new CompositeType.Field("zip", "character varying(10)", "", "postal code")), ""));
    }

    @Test
    void routinesByNameAndArgumentTypesWithTheirWholeDefinition() {
        assertThat(catalog.routines("public", "add_one")).extracting(Routine::arguments)
                .containsExactly("bigint", "integer");
        Routine wide = catalog.routines("public", "add_one").get(0);
        assertThat(wide.definition()).startsWith("CREATE OR REPLACE FUNCTION public.add_one(bigint)")
                .contains("IMMUTABLE").contains("SELECT $1 + 1");
        assertThat(wide.comment()).isEqualTo("the wide one");
        Routine forget = catalog.routines("audit", "forget").get(0);
        assertThat(forget.kind()).isEqualTo(Routine.Kind.PROCEDURE);
        assertThat(forget.comment()).isEqualTo("retention");
    }

    @Test
    void triggersWithStateAndPolicies() {
        Trigger touch = table("orders").triggers().get(0);
        assertThat(touch.definition()).isEqualTo("CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH "
                + "ROW WHEN ((old.total IS DISTINCT FROM new.total)) EXECUTE FUNCTION public.touch()");
        assertThat(touch.state()).isEqualTo(Trigger.State.DISABLED);
        assertThat(table("users").triggers().get(0).comment()).isEqualTo("keeps updated_at");
        assertThat(table("orders").policies()).containsExactly(new Policy("own_orders",
                "CREATE POLICY own_orders ON public.orders AS PERMISSIVE FOR SELECT TO PUBLIC USING ((user_id > 0))",
                "positive owners only"));
    }

    @Test
    void versionAndHistoryTablesAreLeftOut() throws SQLException {
        try (TestDatabase other = TestServers.find().createDatabase("Bookkeeping")) {
            other.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);"
                    + "CREATE TABLE migrations_history (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);"
                    + "CREATE INDEX ix_history ON migrations_history (id); CREATE TABLE kept (id serial)");
            Catalog read = Catalogs.read(other);
            assertThat(read.tables()).extracting(table -> table.name().name()).containsExactly("kept");
            assertThat(read.sequences()).extracting(sequence -> sequence.name().name()).containsExactly("kept_id_seq");
        }
    }

    @Test
    void theCallersSearchPathIsKept() throws SQLException {
        try (var connection = DB.database().connect(); var statement = connection.createStatement()) {
            statement.execute("SET search_path TO audit, public");
            new io.migrations.internal.platform.PostgresCatalogReader().read(connection,
                    io.migrations.internal.platform.CatalogScope.everything());
            try (var rows = statement.executeQuery("SHOW search_path")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("audit, public");
            }
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }
}
