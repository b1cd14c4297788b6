package io.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.MigrationsConfig;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test kit's snapshots and clean-up, built on the project's one Catalog. */
class TestCatalogTest {

    private static TestDatabase db;
    private static TestCatalog catalog;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("TestCatalogTest");
        catalog = TestCatalog.of(MigrationsConfig.builder().dataSource(db.dataSource()).build());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void clear() {
        catalog.clear();
    }

    private static void sql(String sql) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void seesEveryKindOfUserObject() throws Exception {
        sql("""
                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('ok', 'sad');
                CREATE DOMAIN app.email AS text CHECK (VALUE LIKE '%@%');
                CREATE TABLE app.people (id serial PRIMARY KEY, mail app.email NOT NULL, mood app.mood DEFAULT 'ok');
                CREATE INDEX people_mail_idx ON app.people (mail);
                CREATE SEQUENCE app.tickets;
                CREATE VIEW app.happy AS SELECT id FROM app.people WHERE mood = 'ok';
                CREATE FUNCTION app.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER people_noop BEFORE UPDATE ON app.people FOR EACH ROW EXECUTE FUNCTION app.noop();
                """);

        assertThat(catalog.snapshot().objects()).contains(
                "schema app",
                "schema public comment=standard public schema",
                "enum app.mood 'ok', 'sad'",
                "domain app.email text constraint email_check=CHECK ((VALUE ~~ '%@%'::text))",
                "table app.people",
                "column app.people.id integer NOT NULL default=nextval('app.people_id_seq'::regclass)",
                "column app.people.mood app.mood default='ok'::app.mood",
                "constraint app.people.people_pkey PRIMARY KEY (id)",
                "index app.people_mail_idx CREATE INDEX people_mail_idx ON app.people USING btree (mail)",
                "trigger app.people.people_noop CREATE TRIGGER people_noop BEFORE UPDATE ON app.people "
                        + "FOR EACH ROW EXECUTE FUNCTION app.noop()")
                .anyMatch(line -> line.startsWith("sequence app.people_id_seq data type=integer start=1 "))
                .anyMatch(line -> line.startsWith("sequence app.tickets data type=bigint"))
                .anyMatch(line -> line.startsWith("view app.happy SELECT people.id FROM app.people"))
                .anyMatch(line -> line.startsWith("function app.noop() CREATE OR REPLACE FUNCTION app.noop()"))
                .noneMatch(line -> line.contains("_mood") || line.contains("[]"));
    }

    @Test
    void ignoresTheVersionAndHistoryTablesAndWhatHangsOnThem() throws Exception {
        CatalogSnapshot before = catalog.snapshot();
        sql("""
                CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
                CREATE TABLE migrations_history (id bigserial PRIMARY KEY, revision text);
                CREATE INDEX migrations_history_revision_idx ON migrations_history (revision);
                """);

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void seesAChangedFunctionBodyAndColumnType() throws Exception {
        sql("CREATE TABLE t (n int); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        CatalogSnapshot before = catalog.snapshot();

        sql("ALTER TABLE t ALTER COLUMN n TYPE bigint; CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2'");

        CatalogSnapshot.Difference difference = before.to(catalog.snapshot());
        assertThat(difference.added()).contains("column public.t.n bigint").hasSize(2);
        assertThat(difference.removed()).contains("column public.t.n integer").hasSize(2);
    }

    @Test
    void clearDropsEveryUserSchemaAndLeavesAnEmptyPublic() throws Exception {
        CatalogSnapshot empty = catalog.snapshot();
        sql("CREATE SCHEMA extra; CREATE TABLE extra.x (id int); CREATE TABLE public.y (id int)");

        catalog.clear();

        assertThat(catalog.snapshot()).isEqualTo(empty);
        assertThat(empty.objects()).containsExactly("schema public comment=standard public schema");
    }
}
