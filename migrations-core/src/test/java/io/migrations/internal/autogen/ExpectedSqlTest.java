package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import io.migrations.catalog.EveryKindDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL a model change of each kind produces, statement by statement, on the schema of {@code every-kind.sql}, and
 * that applying it yields the changed catalog ({@link PlannerTest} checks more changes both ways).
 */
class ExpectedSqlTest {

    @RegisterExtension
    static final EveryKindDatabase DB = new EveryKindDatabase();

    static Stream<Arguments> changes() {
        return Stream.of(
                expect("CREATE SCHEMA reports; COMMENT ON SCHEMA reports IS 'for BI'",
                        "CREATE SCHEMA reports", "COMMENT ON SCHEMA reports IS 'for BI'"),
                expect("CREATE EXTENSION citext", "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public VERSION '1.6'",
                        "COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings'"),
                expect("ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
                        "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad'"),
                expect("ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'",
                        "ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine'"),
                expect("ALTER DOMAIN positive_int ADD CONSTRAINT small CHECK (VALUE < 1000)",
                        "ALTER DOMAIN public.positive_int ADD CONSTRAINT small CHECK ((VALUE < 1000)) NOT VALID",
                        "ALTER DOMAIN public.positive_int VALIDATE CONSTRAINT small"),
                expect("ALTER TYPE address ADD ATTRIBUTE city text",
                        "DROP VIEW public.active_users",
                        "ALTER TYPE public.address RENAME TO address_old",
                        "CREATE TYPE public.address AS (street text COLLATE \"C\", zip character varying(10), city text)",
                        "ALTER TABLE public.users ALTER COLUMN home TYPE public.address USING CASE WHEN home IS NULL THEN "
                                + "NULL ELSE ROW((home).street::text, (home).zip::character varying(10), NULL::text)"
                                + "::public.address END",
                        "DROP TYPE public.address_old",
                        "CREATE VIEW public.active_users WITH (security_barrier=true) AS\nSELECT users.id,\n"
                                + "    users.email\n   FROM public.users\n  WHERE (users.mood <> 'sad'::public.mood)",
                        "COMMENT ON COLUMN public.address.zip IS 'postal code'",
                        "COMMENT ON VIEW public.active_users IS 'not sad'",
                        "COMMENT ON COLUMN public.active_users.email IS 'their login'"),
                expect("ALTER SEQUENCE audit.invoice_numbers INCREMENT 6",
                        "ALTER SEQUENCE audit.invoice_numbers AS integer START WITH 1000 INCREMENT BY 6 MINVALUE 10 "
                                + "MAXVALUE 100000 CACHE 3 CYCLE"),
                expect("ALTER TABLE cache ADD COLUMN hits integer NOT NULL",
                        "ALTER TABLE public.cache ADD COLUMN hits integer",
                        "ALTER TABLE public.cache ADD CONSTRAINT cache_hits_not_null CHECK (hits IS NOT NULL) NOT VALID",
                        "ALTER TABLE public.cache VALIDATE CONSTRAINT cache_hits_not_null",
                        "ALTER TABLE public.cache ALTER COLUMN hits SET NOT NULL",
                        "ALTER TABLE public.cache DROP CONSTRAINT cache_hits_not_null"),
                expect("ALTER TABLE users ALTER COLUMN nickname TYPE varchar(60)",
                        "DROP VIEW public.active_users",
                        "ALTER TABLE public.orders DROP CONSTRAINT fk_orders_user",
                        "ALTER TABLE public.users ALTER COLUMN nickname DROP DEFAULT",
                        "ALTER TABLE public.users ALTER COLUMN nickname TYPE character varying(60) USING "
                                + "nickname::character varying(60)",
                        "ALTER TABLE public.users ALTER COLUMN nickname SET DEFAULT 'anon'::character varying",
                        "ALTER TABLE public.orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES "
                                + "public.users(id) ON DELETE CASCADE DEFERRABLE NOT VALID",
                        "CREATE VIEW public.active_users WITH (security_barrier=true) AS\nSELECT users.id,\n"
                                + "    users.email\n   FROM public.users\n  WHERE (users.mood <> 'sad'::public.mood)",
                        "COMMENT ON VIEW public.active_users IS 'not sad'",
                        "COMMENT ON COLUMN public.active_users.email IS 'their login'"),
                expect("ALTER TABLE bookings ADD CONSTRAINT ck_id CHECK (id > 0)",
                        "ALTER TABLE public.bookings ADD CONSTRAINT ck_id CHECK ((id > 0)) NOT VALID",
                        "ALTER TABLE public.bookings VALIDATE CONSTRAINT ck_id"),
                expect("CREATE INDEX ix_orders_user ON orders (user_id) WHERE user_id IS NOT NULL",
                        "CREATE INDEX ix_orders_user ON public.orders USING btree (user_id) WHERE (user_id IS NOT NULL)"),
                expect("CREATE OR REPLACE VIEW active_users WITH (security_barrier = true) AS SELECT id, email FROM "
                                + "users WHERE mood <> 'ok'",
                        "DROP VIEW public.active_users",
                        "CREATE VIEW public.active_users WITH (security_barrier=true) AS\nSELECT users.id,\n"
                                + "    users.email\n   FROM public.users\n  WHERE (users.mood <> 'ok'::public.mood)",
                        "COMMENT ON VIEW public.active_users IS 'not sad'",
                        "COMMENT ON COLUMN public.active_users.email IS 'their login'"),
                expect("CREATE OR REPLACE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE "
                                + "AS 'SELECT $1 + 2'",
                        "SET LOCAL check_function_bodies = off",
                        "CREATE OR REPLACE FUNCTION public.add_one(integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\n"
                                + "AS $function$SELECT $1 + 2$function$"),
                expect("ALTER TABLE orders ENABLE TRIGGER orders_touch",
                        "ALTER TABLE public.orders ENABLE TRIGGER orders_touch"),
                expect("ALTER POLICY own_orders ON orders USING (user_id > 1)",
                        "DROP POLICY own_orders ON public.orders",
                        "CREATE POLICY own_orders ON public.orders AS PERMISSIVE FOR SELECT TO PUBLIC USING ((user_id > 1))",
                        "COMMENT ON POLICY own_orders ON public.orders IS 'positive owners only'"),
                expect("CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')",
                        "CREATE TABLE public.events_2026_02 PARTITION OF public.events FOR VALUES FROM ('2026-02-01') "
                                + "TO ('2026-03-01')"),
                expect("COMMENT ON COLUMN users.email IS 'mail'", "COMMENT ON COLUMN public.users.email IS 'mail'"),
                expect("ALTER TABLE users ALTER COLUMN id SET INCREMENT BY 3",
                        "ALTER TABLE public.users ALTER COLUMN id SET GENERATED ALWAYS SET START WITH 7 SET INCREMENT BY 3 "
                                + "SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE"),
                expect("ALTER TABLE users ADD COLUMN nick_lower text GENERATED ALWAYS AS (lower(nickname)) STORED",
                        "ALTER TABLE public.users ADD COLUMN nick_lower text GENERATED ALWAYS AS (lower((nickname)::text)) "
                                + "STORED"),
                expect("ALTER TABLE cache ALTER COLUMN k TYPE text COLLATE \"POSIX\"",
                        "ALTER TABLE public.cache ALTER COLUMN k TYPE text COLLATE \"POSIX\" USING k::text"),
                expect("ALTER TABLE orders ADD CONSTRAINT uq_orders_user_placed UNIQUE (user_id, placed)",
                        "ALTER TABLE public.orders ADD CONSTRAINT uq_orders_user_placed UNIQUE (user_id, placed)"),
                expect("ALTER TABLE bookings ADD CONSTRAINT no_same_during EXCLUDE USING gist (during WITH =)",
                        "ALTER TABLE public.bookings ADD CONSTRAINT no_same_during EXCLUDE USING gist (during WITH =)"),
                expect("CREATE INDEX ix_orders_user ON orders USING hash (user_id)",
                        "CREATE INDEX ix_orders_user ON public.orders USING hash (user_id)"),
                expect("CREATE INDEX ix_orders_user ON orders (user_id) INCLUDE (total)",
                        "CREATE INDEX ix_orders_user ON public.orders USING btree (user_id) INCLUDE (total)"),
                expect("DROP MATERIALIZED VIEW order_totals; CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, "
                        + "count(*) AS total FROM orders GROUP BY user_id; CREATE UNIQUE INDEX ix_order_totals_user ON "
                        + "order_totals (user_id); COMMENT ON MATERIALIZED VIEW order_totals IS 'per user'",
                        "DROP MATERIALIZED VIEW public.order_totals",
                        "CREATE MATERIALIZED VIEW public.order_totals AS\nSELECT orders.user_id,\n    count(*) AS total\n"
                                + "   FROM public.orders\n  GROUP BY orders.user_id",
                        "CREATE UNIQUE INDEX ix_order_totals_user ON public.order_totals USING btree (user_id)",
                        "COMMENT ON MATERIALIZED VIEW public.order_totals IS 'per user'"),
                expect("CREATE OR REPLACE PROCEDURE audit.forget(days integer) LANGUAGE sql AS $$ DELETE FROM orders "
                        + "WHERE placed < current_date - days - 1 $$",
                        "SET LOCAL check_function_bodies = off",
                        "CREATE OR REPLACE PROCEDURE audit.forget(IN days integer)\n LANGUAGE sql\nAS $procedure$ DELETE "
                                + "FROM orders WHERE placed < current_date - days - 1 $procedure$"),
                expect("DROP FUNCTION add_one(integer); CREATE FUNCTION add_one(integer) RETURNS bigint LANGUAGE sql "
                        + "IMMUTABLE AS 'SELECT $1 + 1'",
                        "SET LOCAL check_function_bodies = off",
                        "DROP FUNCTION public.add_one(integer)",
                        "CREATE OR REPLACE FUNCTION public.add_one(integer)\n RETURNS bigint\n LANGUAGE sql\n IMMUTABLE\n"
                                + "AS $function$SELECT $1 + 1$function$"),
                expect("CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
                        "CREATE TRIGGER orders_audit AFTER INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION "
                                + "public.touch()"));
    }

    private static Arguments expect(String change, String... statements) {
        return Arguments.of(change, List.of(statements));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeOfEachKindGivesThisSqlWhichBuildsTheChangedSchema(String change, List<String> expected)
            throws SQLException {
        try (Connection connection = DB.database().connect()) {
            connection.setAutoCommit(false);
            execute(connection, List.of(change));
            Catalog changed = EveryKindDatabase.read(connection);
            connection.rollback();

            List<String> plan = Planner.plan(DB.catalog(), changed).stream().map(Step::sql).toList();
            assertThat(plan).containsExactlyElementsOf(expected);
            execute(connection, plan);
            assertThat(CatalogDiff.between(EveryKindDatabase.read(connection), changed).text()).isEmpty();
            connection.rollback();
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
