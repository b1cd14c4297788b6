package io.migrations.spring.tenants;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.DatabaseException;
import io.migrations.internal.connect.Redactor;
import io.migrations.internal.fleet.AtTarget;
import io.migrations.internal.fleet.Fleet;
import io.migrations.internal.fleet.FleetOutcome;
import io.migrations.internal.fleet.FleetPolicy;
import io.migrations.internal.engine.StopOnShutdown;
import io.migrations.internal.fleet.FleetStop;
import io.migrations.internal.fleet.FleetTarget;
import io.migrations.internal.fleet.FleetVersions;
import io.migrations.internal.fleet.SchemaNames;
import io.migrations.internal.fleet.SchemaSessions;
import io.migrations.internal.fleet.TargetWork;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.SearchPathDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's tenants as a fleet: every schema its {@link TenantSource} names is migrated with the revisions,
 * settings and target of the application's {@link MigrationRunner}, with the version and history tables in that
 * schema and the schema first on the {@code search_path}; each tenant keeps its own lock, its own transaction per
 * revision and its own history. Remembers the last run of this process for the endpoint and health. Thread-safe.
 */
public class TenantMigrations {

    private static final Logger log = LoggerFactory.getLogger(TenantMigrations.class);

    private final MigrationRunner runner;
    private final TenantSource source;
    private final String sourceName;
    private final FleetPolicy policy;
    private final AtomicReference<Map<String, FleetOutcome>> lastRun = new AtomicReference<>(Map.of());

    /**
     * @param runner     whose revisions, settings and target each tenant gets
     * @param sourceName how errors name the source, e.g. {@code migrations.tenants.schemas-query}
     * @param policy     how many tenants run at once and after how many failures none starts
     */
    public TenantMigrations(MigrationRunner runner, TenantSource source, String sourceName, FleetPolicy policy) {
        this.runner = runner;
        this.source = source;
        this.sourceName = sourceName;
        this.policy = policy;
    }

    /**
     * The tenants' schemas, as the source names them now.
     *
     * @throws io.migrations.api.SettingException when a name is not one a schema target may have
     */
    public List<String> schemas() {
        return SchemaNames.validate(source.schemas(), sourceName);
    }

    /**
     * Upgrades every tenant to the runner's target.
     *
     * @return one outcome per tenant, in the source's order
     * @throws TenantsFailedException when a tenant failed, or was not started because others had failed
     */
    public List<FleetOutcome> migrate() {
        List<FleetTarget> targets = schemas().stream().map(FleetTarget::schema).toList();
        Migrations base = runner.migrations();
        Fleet fleet = new Fleet(policy, Redactor.NONE);
        AtTarget atTarget = atTarget(targets, base);
        if (!atTarget.rest().isEmpty()) {
            SchemaSessions.requireSessions(base.config().dataSource(), "that the tenants (" + sourceName + ")");
        }
        List<FleetOutcome> ran;
        try (StopOnShutdown ignored = fleet.stopOnShutdown()) {
            ran = fleet.run(atTarget.rest(), target -> {
                Migrations tenant = Migrations.create(config(target.schema(), fleet), base.revisions());
                return new TargetWork(() -> atTarget.run(target,
                        recorded -> tenant.upgrade(runner.target(), recorded), () -> tenant.upgrade(runner.target())),
                        tenant::current);
            });
        }
        List<FleetOutcome> outcomes = atTarget.outcomes(ran);
        lastRun.set(outcomes.stream().collect(Collectors.toMap(o -> o.target().schema(), Function.identity(),
                (a, b) -> a, LinkedHashMap::new)));
        List<FleetOutcome> failed = outcomes.stream().filter(o -> o.result() != FleetOutcome.Result.AT_TARGET).toList();
        log.info("Tenants: {} migrated to {}, {} steps; {} failed or not started", outcomes.size() - failed.size(),
                runner.target(), outcomes.stream().mapToInt(FleetOutcome::steps).sum(), failed.size());
        if (!failed.isEmpty()) {
            throw new TenantsFailedException(outcomes, describe(fleet.stopReason()));
        }
        return outcomes;
    }

    /**
     * The tenants already clean at the runner's target ({@link AtTarget}), which need no run of their own; none when
     * their tables cannot be read together, so that each tenant's own run reports what is wrong with it.
     */
    private AtTarget atTarget(List<FleetTarget> targets, Migrations base) {
        MigrationsConfig config = base.config();
        try (Connection connection = config.dataSource().getConnection()) {
            return AtTarget.read(connection, targets, config.versionTable(), config.historyTable(),
                    state -> base.check(runner.target(), state).isClean());
        } catch (SQLException e) {
            log.debug("Could not read the tenants' tables together ({}); each tenant looks at its own",
                    e.getMessage());
            return AtTarget.none(targets);
        }
    }

    private @Nullable String describe(@Nullable FleetStop stop) {
        if (stop == null) {
            return null;
        }
        return switch (stop) {
            case MAX_FAILURES -> "migrations.tenants.max-failures (" + policy.maxFailures() + ") reached";
            case CANARY_FAILED -> "a canary tenant failed";
            case STOPPED -> "the application was stopping";
        };
    }

    /** A tenant's settings: the runner's in its schema, and a shutdown that lets its revision in flight finish. */
    private MigrationsConfig config(String schema, Fleet fleet) {
        MigrationsConfig base = runner.migrations().config();
        return base.toBuilder().dataSource(SearchPathDataSource.first(base.dataSource(), schema)).schema(schema)
                .stepListener(fleet.listenerFor(base.transactionPer(), base.stepListener())).build();
    }

    /**
     * Where the tenants stand: each tenant's version rows, read for all of them in one query, judged against the
     * revision heads, and the failures of this process's last run.
     *
     * @param page which page of the failing tenants, from 0
     * @param size failing tenants per page, at least 1
     */
    public TenantsSummary summary(int page, int size) {
        List<String> schemas = schemas();
        Map<String, List<String>> versions = versions(schemas);
        Set<String> heads = new HashSet<>(runner.migrations().heads());
        Map<String, FleetOutcome> last = lastRun.get();
        List<TenantsSummary.Tenant> tenants = schemas.stream().map(schema -> {
            List<String> current = versions.get(schema);
            if (current == null) {
                return new TenantsSummary.Tenant(schema, FleetOutcome.Result.FAILED.label(), List.of(),
                        FleetVersions.missing(schema));
            }
            FleetOutcome outcome = last.get(schema);
            if (outcome != null && outcome.result() == FleetOutcome.Result.FAILED) {
                return new TenantsSummary.Tenant(schema, outcome.result().label(), current, outcome.error());
            }
            FleetOutcome.Result result = new HashSet<>(current).equals(heads) ? FleetOutcome.Result.AT_TARGET
                    : outcome != null && outcome.result() == FleetOutcome.Result.NOT_STARTED
                    ? FleetOutcome.Result.NOT_STARTED : FleetOutcome.Result.FAILS_CHECK;
            return new TenantsSummary.Tenant(schema, result.label(), current, null);
        }).toList();
        return TenantsSummary.of(tenants, page, size);
    }

    /** Each existing schema's version rows; a schema that does not exist has no entry. */
    private Map<String, List<String>> versions(List<String> schemas) {
        MigrationsConfig config = runner.migrations().config();
        try (Connection connection = config.dataSource().getConnection()) {
            Map<String, List<String>> versions = new LinkedHashMap<>();
            FleetVersions.read(connection, schemas, config.versionTable(), config.historyTable())
                    .forEach((schema, state) -> versions.put(schema, state.current()));
            return versions;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the version and history tables of " + schemas.size()
                    + " tenant schemas: " + e.getMessage(), e);
        }
    }
}
