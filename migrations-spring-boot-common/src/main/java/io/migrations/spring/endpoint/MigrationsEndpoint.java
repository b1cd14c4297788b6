package io.migrations.spring.endpoint;

import io.migrations.RevisionSet;
import io.migrations.api.Direction;
import io.migrations.api.Finding;
import io.migrations.api.HistoryEntry;
import io.migrations.api.LintReport;
import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.tenants.TenantMigrations;
import io.migrations.spring.tenants.TenantsSummary;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * Read-only {@code migrations} endpoint: for each {@link MigrationRunner} bean (one per data source) the database's
 * revisions, pending revisions with their lint findings, history, branches, overall status and the laid-out revision
 * graph; the tenants' counts by status and failing tenants, paged ({@code ?page=0&size=20}); {@code /{revision}} for
 * one revision. Data source URLs are shown with passwords masked.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Map<String, MigrationRunner> runners;
    private final DriftProbe drift;
    private final ModelProbe model;
    private final @Nullable TenantMigrations tenants;

    /** @param runners the runners by {@link MigrationRunner#name() name} */
    public MigrationsEndpoint(Map<String, MigrationRunner> runners) {
        this(runners, DriftProbe.OFF);
    }

    /**
     * @param runners the runners by {@link MigrationRunner#name() name}
     * @param drift   the drift section of each data source
     */
    public MigrationsEndpoint(Map<String, MigrationRunner> runners, DriftProbe drift) {
        this(runners, drift, ModelProbe.OFF);
    }

    /**
     * @param runners the runners by bean name
     * @param drift   the drift section of each data source
     * @param model   the model section of each data source
     */
    public MigrationsEndpoint(Map<String, MigrationRunner> runners, DriftProbe drift, ModelProbe model) {
        this(runners, drift, model, null);
    }

    /**
     * @param runners the runners by bean name
     * @param drift   the drift section of each data source
     * @param model   the model section of each data source
     * @param tenants the tenants section; null when the application has no tenants
     */
    public MigrationsEndpoint(Map<String, MigrationRunner> runners, DriftProbe drift, ModelProbe model,
                              @Nullable TenantMigrations tenants) {
        this.runners = new TreeMap<>(runners);
        this.drift = drift;
        this.model = model;
        this.tenants = tenants;
    }

    /** Every data source's state, and the first page of failing tenants. */
    public MigrationsDescriptor migrations() {
        return migrations(null, null);
    }

    /**
     * Every data source's state, and the tenants: counts by status and one page of the failing ones.
     *
     * @param page which page of failing tenants, from 0 (default 0)
     * @param size failing tenants per page (default {@value TenantsSummary#DEFAULT_SIZE}, at most
     *             {@value TenantsSummary#MAX_SIZE})
     */
    // Spring's @Nullable as well: Boot 3.5 reads only it to make an operation's parameter optional.
    @ReadOperation
    public MigrationsDescriptor migrations(@org.springframework.lang.Nullable @Nullable Integer page,
                                           @org.springframework.lang.Nullable @Nullable Integer size) {
        Map<String, DataSourceDescriptor> dataSources = new LinkedHashMap<>();
        runners.forEach((name, runner) -> dataSources.put(name, DataSourceDescriptor.of(runner, drift, model)));
        return new MigrationsDescriptor(dataSources, tenants == null ? null
                : tenants.summary(page == null ? 0 : page, size == null ? TenantsSummary.DEFAULT_SIZE : size));
    }

    /** One revision as each data source sees it; {@code null} (404) when no runner knows it. */
    @ReadOperation
    public @Nullable RevisionsDescriptor revision(@Selector String revision) {
        Map<String, RevisionDescriptor> found = new LinkedHashMap<>();
        runners.forEach((name, runner) -> runner.migrations().revisions().find(revision)
                .ifPresent(known -> found.put(name, RevisionDescriptor.of(runner, known))));
        return found.isEmpty() ? null : new RevisionsDescriptor(found);
    }

    /**
     * All data sources, by runner name, and the tenants.
     *
     * @param dataSources each runner's data source
     * @param tenants     the tenants at a glance; null when the application has no tenants
     */
    public record MigrationsDescriptor(Map<String, DataSourceDescriptor> dataSources, @Nullable TenantsSummary tenants)
            implements OperationResponseBody {
    }

    /** One revision, by runner name. */
    public record RevisionsDescriptor(Map<String, RevisionDescriptor> dataSources) implements OperationResponseBody {
    }

    /**
     * One data source.
     *
     * @param url      JDBC URL, password masked
     * @param status   overall state, judged against the target
     * @param target   what the application upgrades to
     * @param current  revisions in the version table
     * @param heads    heads of the revision graph
     * @param pending  revisions an upgrade to the target would apply, in order
     * @param unknown  revisions in the version table that the application does not have
     * @param edited   applied revisions whose file changed since they ran
     * @param branches revisions where the graph forks, with their children
     * @param history  rows of the history table, oldest first
     * @param drift    differences between the database and its revisions; null unless migrations.drift.enabled
     * @param model    differences between the database and the model; null unless migrations.model-check is on
     * @param graph    the revision graph as the console draws it: nodes (id, message, labels, marks, state, current,
     *                 box), edges (kind, route); see {@link io.migrations.RevisionSet#graphDocument}
     */
    public record DataSourceDescriptor(String url, Verdict.State status, String target, List<String> current,
                                       List<String> heads, List<PendingDescriptor> pending, List<String> unknown,
                                       List<String> edited, List<BranchDescriptor> branches,
                                       List<HistoryDescriptor> history, DriftProbe.@Nullable DriftDescriptor drift,
                                       ModelProbe.@Nullable ModelDescriptor model, Map<String, Object> graph) {

        static DataSourceDescriptor of(MigrationRunner runner, DriftProbe driftProbe, ModelProbe modelProbe) {
            Verdict verdict = runner.check();
            LintReport lint = runner.migrations().lintPending(verdict);
            return new DataSourceDescriptor(runner.url(), verdict.state(), verdict.target(), verdict.current(),
                    runner.migrations().heads(),
                    verdict.pending().stream().map(revision -> PendingDescriptor.of(revision, lint)).toList(),
                    verdict.unknown(), verdict.edited().stream().map(Revision::id).toList(), BranchDescriptor.of(runner),
                    runner.migrations().history().stream().map(HistoryDescriptor::of).toList(),
                    driftProbe.check(runner).orElse(null), modelProbe.check(runner).orElse(null),
                    runner.migrations().revisions().graphDocument(
                            verdict.current(), verdict.pending().stream().map(Revision::id).toList()));
        }
    }

    /**
     * A revision waiting to be applied.
     *
     * @param id       revision id
     * @param message  its message
     * @param path     where it is defined
     * @param findings what the safety lint finds in it, linted with the other pending revisions as one upgrade
     */
    public record PendingDescriptor(String id, String message, String path, List<FindingDescriptor> findings) {

        static PendingDescriptor of(Revision revision, LintReport lint) {
            return new PendingDescriptor(revision.id(), revision.message(), revision.location(),
                    lint.findings().stream().filter(finding -> finding.revision().equals(revision.id()))
                            .map(FindingDescriptor::of).toList());
        }
    }

    /**
     * One lint finding.
     *
     * @param rule     the rule id, e.g. {@code index-without-concurrently}
     * @param severity {@code ERROR} or {@code WARNING}
     * @param where    file and line
     * @param message  what is risky
     * @param fix      the safe way to make the same change
     * @param allowed  whether a {@code migrations:allow} comment silences it
     */
    public record FindingDescriptor(String rule, String severity, String where, String message, String fix,
                                    boolean allowed) {

        static FindingDescriptor of(Finding finding) {
            return new FindingDescriptor(finding.rule().id(), finding.severity().name(), finding.where(),
                    finding.message(), finding.rule().fix(), finding.suppressed());
        }
    }

    /**
     * A fork in the revision graph.
     *
     * @param revision the revision with several children
     * @param children its children
     */
    public record BranchDescriptor(String revision, List<String> children) {

        static List<BranchDescriptor> of(MigrationRunner runner) {
            RevisionSet revisions = runner.migrations().revisions();
            return revisions.branchPoints().stream()
                    .map(revision -> new BranchDescriptor(revision.id(), revisions.children(revision.id())))
                    .toList();
        }
    }

    /** One row of the history table; see {@link HistoryEntry}. */
    public record HistoryDescriptor(@Nullable String revision, String message, Direction direction,
                                    @Nullable String checksum, Instant appliedAt, String appliedBy, long durationMs,
                                    boolean success, @Nullable String error) {

        static HistoryDescriptor of(HistoryEntry entry) {
            return new HistoryDescriptor(entry.revision(), entry.message(), entry.direction(), entry.checksum(),
                    entry.appliedAt(), entry.appliedBy(), entry.durationMs(), entry.success(), entry.error());
        }
    }

    /**
     * One revision in one data source.
     *
     * @param id            revision id
     * @param message       its message
     * @param path          where it is defined
     * @param downRevisions its parents
     * @param branchLabels  labels of the branch it starts
     * @param dependsOn     revisions it depends on without being their child
     * @param createDate    creation date from its header
     * @param applied       whether the database has it
     * @param pending       whether an upgrade to the target would apply it
     * @param history       history rows about it, oldest first
     */
    public record RevisionDescriptor(String id, String message, String path, List<String> downRevisions,
                                     List<String> branchLabels, List<String> dependsOn, String createDate,
                                     boolean applied, boolean pending, List<HistoryDescriptor> history) {

        static RevisionDescriptor of(MigrationRunner runner, Revision revision) {
            Verdict verdict = runner.check();
            Set<String> applied = runner.applied(verdict);
            boolean pending = verdict.pending().stream().anyMatch(p -> p.id().equals(revision.id()));
            List<HistoryDescriptor> history = runner.migrations().history().stream()
                    .filter(entry -> revision.id().equals(entry.revision()))
                    .map(HistoryDescriptor::of)
                    .toList();
            return new RevisionDescriptor(revision.id(), revision.message(), revision.location(),
                    revision.downRevisions(), revision.branchLabels(), revision.dependsOn(), revision.createDate(),
                    applied.contains(revision.id()), pending, history);
        }
    }
}
