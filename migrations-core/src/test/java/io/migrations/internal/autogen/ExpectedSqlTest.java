package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.catalog.Catalog;
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
 * The SQL a model change of each kind produces, statement by statement, on the schema of {@code every-kind.sql}
 * ({@link PlannerTest} checks that every such plan reaches the model's catalog).
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
                expect("COMMENT ON COLUMN users.email IS 'mail'", "COMMENT ON COLUMN public.users.email IS 'mail'"));
    }

    private static Arguments expect(String change, String... statements) {
        return Arguments.of(change, List.of(statements));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeOfEachKindGivesThisSql(String change, List<String> expected) throws SQLException {
        Catalog changed;
        try (Connection connection = DB.database().connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(change);
            }
            changed = EveryKindDatabase.read(connection);
            connection.rollback();
        }

        assertThat(Planner.plan(DB.catalog(), changed)).extracting(Step::sql).containsExactlyElementsOf(expected);
    }
}
