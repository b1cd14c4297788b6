package io.migrations.spring.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.internal.fleet.FleetOutcome;
import io.migrations.spring.BootLine;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.MigrationsAutoConfiguration;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.endpoint.MigrationsEndpoint;
import io.migrations.spring.endpoint.MigrationsEndpointAutoConfiguration;
import io.migrations.spring.health.MigrationHealth;
import io.migrations.testdb.PgBouncer;
import io.migrations.testdb.TestServers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Tenant schemas migrated by the application: at startup from {@code migrations.tenants.schemas-query} or a
 * {@link TenantSource} bean, and reported by the endpoint and health.
 */
@ExtendWith(OutputCaptureExtension.class)
class TenantMigrationsTests {

    private static final int TENANTS = 20;

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(db.dataSourceProperties())
            .withPropertyValues("migrations.locations=classpath:db/tenants",
                    "management.endpoints.web.exposure.include=migrations");

    /** {@code count} empty schemas named {@code prefix_00}, …, listed in a registry table of the public schema. */
    private static List<String> tenants(String prefix, int count) {
        List<String> schemas = IntStream.range(0, count).mapToObj(i -> String.format("%s_%02d", prefix, i)).toList();
        db.execute("CREATE TABLE IF NOT EXISTS tenant_registry (schema_name TEXT PRIMARY KEY)");
        for (String schema : schemas) {
            db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema
                    + "; INSERT INTO tenant_registry VALUES ('" + schema + "')");
        }
        return schemas;
    }

    private static String query(String prefix) {
        return "migrations.tenants.schemas-query=SELECT schema_name FROM tenant_registry WHERE schema_name LIKE '"
                + prefix + "\\_%' ORDER BY 1";
    }

    @Test
    void schemasQueryMigratesEveryTenantAtStartupInItsOwnSchema() {
        List<String> schemas = tenants("at", TENANTS);
        runner.withPropertyValues(query("at"), "migrations.tenants.parallel=4").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TenantMigrations.class)
                    .hasSingleBean(TenantsInitializer.class);
            for (String schema : schemas) {
                assertThat(db.strings("SELECT version_num FROM " + schema + ".alembic_version")).containsExactly("t2");
                assertThat(db.strings("SELECT id || ':' || body || ':' || owner FROM " + schema + ".note"))
                        .as(schema).containsExactly("1:first:" + schema);
                assertThat(db.strings("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema
                        + "' AND indexname = 'note_body'")).hasSize(1);
                assertThat(db.strings("SELECT revision FROM " + schema + ".migrations_history WHERE success "
                        + "ORDER BY revision")).as("each revision applied once in " + schema).containsExactly("t1", "t2");
            }
            MigrationsEndpoint.MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class).migrations();
            assertThat(report.tenants().total()).isEqualTo(TENANTS);
            assertThat(report.tenants().counts()).containsExactly(Map.entry("at target", (long) TENANTS));
            assertThat(report.tenants().failing()).isEmpty();
            MigrationHealth health = MigrationHealth.of(context.getBean(TenantMigrations.class));
            assertThat(health.status()).isEqualTo("UP");
        });
    }

    /** A tenant dropped while its name stays in the registry is failing, and the others keep their status. */
    @Test
    void aTenantWhoseSchemaIsGoneIsFailingWithoutHidingTheOthers() {
        tenants("gone", 2);
        runner.withPropertyValues(query("gone")).run(context -> {
            assertThat(context).hasNotFailed();
            db.execute("DROP SCHEMA gone_01 CASCADE");

            TenantsSummary summary = context.getBean(TenantMigrations.class).summary(0, 10);

            assertThat(summary.counts()).containsEntry("at target", 1L).containsEntry("failed", 1L);
            assertThat(summary.failing()).singleElement().satisfies(tenant -> {
                assertThat(tenant.schema()).isEqualTo("gone_01");
                assertThat(tenant.error()).isEqualTo("The schema 'gone_01' does not exist. Create it (CREATE SCHEMA "
                        + "gone_01) or take it out of the fleet's targets.");
            });
            assertThatThrownBy(context.getBean(TenantMigrations.class)::migrate)
                    .isInstanceOf(TenantsFailedException.class).hasMessageContaining("tenant gone_01")
                    .hasMessageContaining("The schema 'gone_01' does not exist. Create it (CREATE SCHEMA gone_01) or "
                            + "take it out of the fleet's targets.");
        });
    }

    /** With more tenants at once than half the pool, each would hold one connection and wait for a second. */
    @Test
    void moreTenantsAtOnceThanThePoolCanServeRunAsManyAsItCan(CapturedOutput output) {
        List<String> schemas = tenants("pool", 12);
        runner.withPropertyValues(query("pool"), "migrations.tenants.parallel=8",
                "spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=3000")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    for (String schema : schemas) {
                        assertThat(db.strings("SELECT version_num FROM " + schema + ".alembic_version"))
                                .as(schema).containsExactly("t2");
                    }
                });
        assertThat(output).contains("migrations.tenants.parallel is 8, but each tenant holds 2 connections while it "
                + "runs and the data source's pool lends at most 4: migrating 2 tenants at once.");
    }

    /** A tenant's search_path is a session setting, which a pooler in transaction mode hands to the next transaction. */
    @Test
    void tenantsThroughATransactionPoolerAreRefusedBeforeAnyIsMigrated() {
        List<String> schemas = tenants("pooled", 3);
        String database = db.jdbcUrl().substring(db.jdbcUrl().lastIndexOf('/') + 1);
        try (PgBouncer pooler = PgBouncer.start(TestServers.find(), PgBouncer.PoolMode.TRANSACTION,
                Path.of("target", "pgbouncer"))) {
            runner.withPropertyValues(query("pooled"), "migrations.tenants.parallel=2", "migrations.lock-mode=transaction",
                    "spring.datasource.url=" + pooler.jdbcUrl(database)).run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause()
                                .hasMessageContaining("goes through a pooler in transaction mode")
                                .hasMessageContaining("the search_path that the tenants (migrations.tenants.schemas-query) set")
                                .hasMessageContaining("Nothing was run");
                    });
        }
        for (String schema : schemas) {
            assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")).isEmpty();
        }
    }

    @Test
    void tenantsAlreadyAtTheTargetAreReadTogetherAndANewOneIsMigrated() {
        List<String> schemas = new ArrayList<>(tenants("again", 2));
        runner.withPropertyValues(query("again")).run(context -> assertThat(context).hasNotFailed());
        db.execute("DROP SCHEMA IF EXISTS again_new CASCADE; CREATE SCHEMA again_new; "
                + "INSERT INTO tenant_registry VALUES ('again_new')");
        schemas.add("again_new");

        runner.withPropertyValues(query("again")).run(context -> {
            assertThat(context).hasNotFailed();
            List<FleetOutcome> outcomes = context.getBean(TenantMigrations.class).migrate();
            assertThat(outcomes).extracting(o -> o.target().schema()).containsExactly("again_00", "again_01",
                    "again_new");
            assertThat(outcomes).allSatisfy(o -> {
                assertThat(o.result()).isEqualTo(FleetOutcome.Result.AT_TARGET);
                assertThat(o.steps()).isZero();
                assertThat(o.after()).containsExactly("t2");
            });
        });
        for (String schema : schemas) {
            assertThat(db.strings("SELECT revision FROM " + schema + ".migrations_history WHERE success "
                    + "ORDER BY revision")).as("each revision applied once in " + schema).containsExactly("t1", "t2");
        }
    }

    @Test
    void tenantsAtTheTargetCostOneConnectionTogether() {
        tenants("idle", 5);
        runner.withPropertyValues(query("idle")).run(context -> assertThat(context).hasNotFailed());
        AtomicInteger connections = new AtomicInteger();
        DataSource real = db.dataSource();
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        runner.withPropertyValues(query("idle")).withBean("dataSource", DataSource.class, () -> counting).run(context -> {
            assertThat(context).hasNotFailed();
            int before = connections.get();
            List<FleetOutcome> outcomes = context.getBean(TenantMigrations.class).migrate();
            assertThat(outcomes).hasSize(5).allSatisfy(o -> assertThat(o.result())
                    .isEqualTo(FleetOutcome.Result.AT_TARGET));
            // One for the schemas query, one to read every tenant's tables; none per tenant.
            assertThat(connections.get() - before).as("connections to find 5 tenants at the target").isEqualTo(2);
        });
    }

    @Test
    void failingTenantStopsTheStartNamingItWithExitCodeOne() {
        tenants("stop", 3);
        db.execute("CREATE TABLE stop_01.note (id INT)");
        runner.withPropertyValues(query("stop")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(TenantsFailedException.class);
            MigrationFailedException failure = find(context.getStartupFailure());
            assertThat(failure.getExitCode()).isEqualTo(1);
            assertThat(failure.getMessage()).contains("tenant stop_01 (at base)", "relation \"note\" already exists",
                    "1 of 3 tenants failed, 1 not started", "migrations.tenants.max-failures (1) reached");
            assertThat(db.strings("SELECT version_num FROM stop_00.alembic_version")).containsExactly("t2");
            assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'stop_02'"))
                    .as("not started after the first failure").containsExactly("0");
        });
    }

    /** The first tenants go first; one of them failing keeps every other tenant as it was, whatever max-failures. */
    @Test
    void aFailingCanaryTenantStartsNoOther() {
        tenants("can", 5);
        db.execute("CREATE TABLE can_01.note (id INT)");
        runner.withPropertyValues(query("can"), "migrations.tenants.canary=2", "migrations.tenants.max-failures=all",
                "migrations.tenants.parallel=2").run(context -> {
                    assertThat(context).hasFailed();
                    MigrationFailedException failure = find(context.getStartupFailure());
                    assertThat(failure.getMessage()).contains("1 of 5 tenants failed, 3 not started",
                            "a canary tenant failed", "tenant can_01 (at base)");
                    assertThat(db.strings("SELECT version_num FROM can_00.alembic_version")).containsExactly("t2");
                    for (String schema : List.of("can_02", "can_03", "can_04")) {
                        assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'"))
                                .as(schema).containsExactly("0");
                    }
                });
    }

    /** With one transaction per run, a tenant whose second revision fails keeps nothing of its first. */
    @Test
    void oneTransactionPerRunRollsBackAFailingTenantWhole() {
        tenants("tx", 3);
        db.execute("CREATE TABLE tx_01.other (id INT); CREATE INDEX note_body ON tx_01.other (id)"); // t2 fails there
        runner.withPropertyValues(query("tx"), "migrations.transaction-per=run", "migrations.tenants.max-failures=all")
                .run(context -> {
                    assertThat(context).hasFailed();
                    MigrationFailedException failure = find(context.getStartupFailure());
                    assertThat(failure.getMessage()).contains("1 of 3 tenants failed", "tenant tx_01 (at base)",
                            "relation \"note_body\" already exists", "rolled back");
                    assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'tx_01' AND tablename = "
                            + "'note'")).as("t1 of the failed run").containsExactly("0");
                    assertThat(db.strings("SELECT version_num FROM tx_00.alembic_version")).containsExactly("t2");
                    assertThat(db.strings("SELECT version_num FROM tx_02.alembic_version")).containsExactly("t2");
                });
    }

    @Test
    void badTenantSettingsStopTheStartNamingTheSetting() {
        tenants("bad", 1);
        for (String[] setting : List.of(new String[] {"migrations.tenants.parallel=0", "migrations.tenants.parallel"},
                new String[] {"migrations.tenants.canary=-1", "migrations.tenants.canary"},
                new String[] {"migrations.tenants.max-failures=some", "migrations.tenants.max-failures"})) {
            runner.withPropertyValues(query("bad"), setting[0]).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(setting[1] + " must be");
                assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'bad_00'")).as(setting[0])
                        .containsExactly("0");
            });
        }
    }

    @Test
    void failingTenantMarksHealthDownAndTheOthersStillCount() {
        tenants("down", TENANTS);
        db.execute("CREATE TABLE down_07.note (id INT)");
        runner.withPropertyValues(query("down"), "migrations.mode=none", "migrations.tenants.max-failures=all")
                .run(context -> {
                    TenantMigrations tenants = context.getBean(TenantMigrations.class);
                    assertThatThrownBy(tenants::migrate).isInstanceOf(TenantsFailedException.class)
                            .hasMessageContaining("tenant down_07");
                    MigrationHealth health = MigrationHealth.of(tenants);
                    assertThat(health.status()).isEqualTo("DOWN");
                    assertThat(health.details()).containsEntry("total", TENANTS)
                            .containsEntry("counts", Map.of("at target", (long) TENANTS - 1, "failed", 1L));
                    assertThat(health.details().get("failing")).asString().startsWith("{down_07=").contains("already exists");
                    assertThat(db.strings("SELECT version_num FROM down_19.alembic_version")).containsExactly("t2");
                });
    }

    @Test
    void endpointPagesTheFailingTenants() {
        List<String> schemas = tenants("page", TENANTS);
        List<String> failing = List.of(schemas.get(2), schemas.get(5), schemas.get(11), schemas.get(12),
                schemas.get(19));
        failing.forEach(schema -> db.execute("CREATE TABLE " + schema + ".note (id INT)"));
        runner.withPropertyValues(query("page"), "migrations.mode=none", "migrations.tenants.max-failures=all")
                .run(context -> {
                    assertThatThrownBy(context.getBean(TenantMigrations.class)::migrate)
                            .hasMessageStartingWith("5 of 20 tenants failed");
                    MigrationsEndpoint endpoint = context.getBean(MigrationsEndpoint.class);
                    TenantsSummary first = endpoint.migrations(0, 2).tenants();
                    assertThat(first.counts()).containsEntry("at target", 15L).containsEntry("failed", 5L);
                    assertThat(first.pages()).isEqualTo(3);
                    assertThat(first.failing()).extracting(TenantsSummary.Tenant::schema)
                            .containsExactly(failing.get(0), failing.get(1));
                    assertThat(first.failing()).allSatisfy(tenant -> {
                        assertThat(tenant.status()).isEqualTo("failed");
                        assertThat(tenant.current()).isEmpty();
                        assertThat(tenant.error()).startsWith("Upgrade of revision t1")
                                .contains("relation \"note\" already exists");
                    });
                    assertThat(endpoint.migrations(2, 2).tenants().failing()).extracting(TenantsSummary.Tenant::schema)
                            .containsExactly(failing.get(4));
                    assertThat(endpoint.migrations(3, 2).tenants().failing()).isEmpty();
                    TenantsSummary defaults = endpoint.migrations(null, null).tenants();
                    assertThat(defaults.size()).isEqualTo(TenantsSummary.DEFAULT_SIZE);
                    assertThat(defaults.failing()).extracting(TenantsSummary.Tenant::schema)
                            .containsExactlyElementsOf(failing);
                });
    }

    @Test
    void tenantSourceBeanNamesTheTenants() {
        List<String> schemas = tenants("bean", 3);
        runner.withBean(TenantSource.class, () -> () -> schemas.subList(0, 2)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.strings("SELECT version_num FROM bean_00.alembic_version")).containsExactly("t2");
            assertThat(db.strings("SELECT version_num FROM bean_01.alembic_version")).containsExactly("t2");
            assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname = 'bean_02'"))
                    .as("a schema the source does not name").containsExactly("0");
        });
    }

    /** Names are quoted wherever SQL uses them: {@code Hy-phen} and {@code hy-phen} are two tenants. */
    @Test
    void tenantNamesWithHyphensAndCapitalsAreTenantsLikeAnyOther() {
        List<String> schemas = List.of("Hy-phen", "hy-phen");
        schemas.forEach(schema -> db.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE; CREATE SCHEMA \""
                + schema + "\""));
        runner.withBean(TenantSource.class, () -> () -> schemas).run(context -> {
            assertThat(context).hasNotFailed();
            for (String schema : schemas) {
                assertThat(db.strings("SELECT version_num FROM \"" + schema + "\".alembic_version")).as(schema)
                        .containsExactly("t2");
                assertThat(db.strings("SELECT id || ':' || body || ':' || owner FROM \"" + schema + "\".note"))
                        .as(schema).containsExactly("1:first:" + schema);
            }
            assertThat(context.getBean(TenantMigrations.class).summary(0, 10).counts())
                    .containsExactly(Map.entry("at target", 2L));
        });
    }

    @Test
    void injectionInASchemaNameIsRefusedBeforeAnyTenantRuns() {
        tenants("inj", 2);
        db.execute("INSERT INTO tenant_registry VALUES ('inj_x; DROP SCHEMA inj_00 CASCADE')");
        runner.withPropertyValues(query("inj")).run(context -> {
            MigrationFailedException failure = find(context.getStartupFailure());
            assertThat(failure.getExitCode()).isEqualTo(2);
            assertThat(failure.getMessage()).contains("Schema name 'inj_x; DROP SCHEMA inj_00 CASCADE' is refused",
                    "migrations.tenants.schemas-query");
            assertThat(db.strings("SELECT nspname FROM pg_namespace WHERE nspname = 'inj_00'")).hasSize(1);
            assertThat(db.strings("SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'inj%'")).containsExactly("0");
        });
    }

    @Test
    void applicationBeansReplaceTheAutoConfiguredOnes() {
        List<String> schemas = tenants("own", 1);
        TenantMigrations own = new TenantMigrations(TestDatabaseExtension.runner(db.dataSource(),
                "classpath:db/tenants"), () -> schemas, "test", MigrationsTenantsConfiguration.policy(
                new MigrationsTenantsProperties()));
        runner.withPropertyValues(query("own"), "migrations.mode=none").withBean(TenantMigrations.class, () -> own)
                .run(context -> {
                    assertThat(context).getBean(TenantMigrations.class).isSameAs(own);
                    assertThat(context.getBean(MigrationsEndpoint.class).migrations().tenants().counts())
                            .containsExactly(Map.entry("fails check", 1L));
                });
    }

    @Test
    void withoutTenantsTheEndpointHasNoTenantsSection() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TenantMigrations.class)
                    .doesNotHaveBean(TenantsInitializer.class);
            assertThat(context.getBean(MigrationsEndpoint.class).migrations().tenants()).isNull();
        });
    }

    private static MigrationFailedException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationFailedException migration) {
                return migration;
            }
        }
        throw new AssertionError("No MigrationFailedException in " + failure);
    }
}
