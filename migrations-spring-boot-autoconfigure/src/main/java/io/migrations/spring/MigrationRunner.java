package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.MigrationsConfig;
import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.Policy;
import io.migrations.api.Revision;
import io.migrations.api.Status;
import io.migrations.api.ValidationException;
import io.migrations.internal.connect.DatabaseUrl;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Applies and reports the revisions of one data source in a Spring application.
 *
 * <p>Wraps a {@link Migrations} with the configured target, tells {@link MigrationRunListener}s about every run and
 * remembers the last run of this process for health reporting. Thread-safe.
 */
public class MigrationRunner {

    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

    private final Migrations migrations;
    private final String target;
    private final List<MigrationRunListener> listeners;
    private final AtomicReference<MigrationRun> lastRun = new AtomicReference<>();

    /**
     * @param migrations the loaded revisions and their database
     * @param target     what {@link #migrate()} upgrades to, e.g. {@code heads}
     * @param listeners  told about every run
     */
    public MigrationRunner(Migrations migrations, String target, List<MigrationRunListener> listeners) {
        this.migrations = migrations;
        this.target = target;
        this.listeners = List.copyOf(listeners);
    }

    /** The underlying facade, for operations this class does not offer (plan, stamp, history). */
    public Migrations migrations() {
        return migrations;
    }

    /** The target {@link #migrate()} upgrades to. */
    public String target() {
        return target;
    }

    /** Upgrades to the configured target. */
    public MigrationResult migrate() {
        return upgrade(target);
    }

    /** Upgrades to {@code target}; see {@link Migrations#upgrade(String)}. */
    public MigrationResult upgrade(String target) {
        return run(Direction.UPGRADE, target, () -> migrations.upgrade(target));
    }

    /** Downgrades to {@code target}; see {@link Migrations#downgrade(String)}. */
    public MigrationResult downgrade(String target) {
        return run(Direction.DOWNGRADE, target, () -> migrations.downgrade(target));
    }

    /** Reads how the database compares with the revisions. */
    public Status status() {
        return migrations.status();
    }

    /**
     * Checks that the database is at the heads without changing it.
     *
     * @return the status read
     * @throws ValidationException when revisions are pending, or when unknown or edited revisions are found and
     *                             their policy is {@code fail}; findings under a {@code warn} policy are logged
     */
    public Status validate() {
        Status status = status();
        MigrationsConfig config = migrations.config();
        List<String> problems = new ArrayList<>();
        List<String> revisions = new ArrayList<>();
        if (!status.pending().isEmpty()) {
            problems.add("pending: " + String.join(", ", status.pending().stream().map(MigrationRunner::describe).toList()));
            revisions.addAll(status.pending().stream().map(Revision::id).toList());
        }
        check(config.onUnknownRevision(), status.unknown(), "unknown to this application", problems, revisions);
        check(config.onChecksumMismatch(), status.edited(), "edited since they ran", problems, revisions);
        if (!problems.isEmpty()) {
            throw new ValidationException("Database " + url() + " is not at the revisions this application expects ("
                    + String.join("; ", problems) + "). Apply them with the migrate step "
                    + "(java -jar app.jar --spring.profiles.active=migrate) before starting the application, "
                    + "or set migrations.mode=startup.", revisions);
        }
        return status;
    }

    private static void check(Policy policy, List<String> found, String what, List<String> problems, List<String> revisions) {
        if (found.isEmpty() || policy == Policy.IGNORE) {
            return;
        }
        String finding = what + ": " + String.join(", ", found);
        if (policy == Policy.WARN) {
            log.warn("Revisions {}", finding);
            return;
        }
        problems.add(finding);
        revisions.addAll(found);
    }

    private static String describe(Revision revision) {
        return revision.id() + " (" + revision.location() + ")";
    }

    /**
     * Ids of the revisions a database in {@code status} has: those in its version table and everything they build
     * on. Revisions unknown to this application are left out.
     */
    public Set<String> applied(Status status) {
        return migrations.revisions().lineage(status.current());
    }

    /** The last run of this runner in this process, if any. */
    public Optional<MigrationRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    /** The database's JDBC URL with any password masked, for logs and reports. */
    public String url() {
        try {
            String jdbcUrl = JdbcUtils.extractDatabaseMetaData(migrations.config().dataSource(), DatabaseMetaData::getURL);
            return DatabaseUrl.redact(jdbcUrl);
        } catch (MetaDataAccessException e) {
            return "(unreachable data source: " + e.getMostSpecificCause().getMessage() + ")";
        }
    }

    private MigrationResult run(Direction direction, String target, Supplier<MigrationResult> action) {
        long start = System.nanoTime();
        MigrationResult result = null;
        RuntimeException failure = null;
        try {
            result = action.get();
            return result;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            MigrationRun run = new MigrationRun(direction, target, Instant.now(),
                    Duration.ofNanos(System.nanoTime() - start), result, failure);
            lastRun.set(run);
            notifyListeners(run);
        }
    }

    private void notifyListeners(MigrationRun run) {
        for (MigrationRunListener listener : listeners) {
            try {
                listener.finished(this, run);
            } catch (RuntimeException e) {
                log.warn("Migration run listener {} failed: {}", listener, e.getMessage(), e);
            }
        }
    }
}
