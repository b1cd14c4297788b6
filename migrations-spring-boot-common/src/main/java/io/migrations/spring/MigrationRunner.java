package io.migrations.spring;

import io.migrations.Migrations;
import io.migrations.api.AppliedStep;
import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.StepListener;
import io.migrations.api.ValidationException;
import io.migrations.api.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanNameAware;

/**
 * Applies and reports the revisions of one data source in a Spring application.
 *
 * <p>Wraps a {@link Migrations} with the configured target, tells {@link MigrationRunListener}s about every run and
 * remembers the last run of this process for health reporting. Thread-safe.
 */
public class MigrationRunner implements BeanNameAware {

    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

    private final @Nullable String name;
    private final Migrations migrations;
    private final String target;
    private final List<MigrationRunListener> listeners;
    private final Callbacks callbacks;
    private final UpgradePreparation preparation;
    private final AtomicReference<MigrationRun> lastRun = new AtomicReference<>();
    private volatile String beanName = "migrationRunner";

    /**
     * A runner without callbacks or preparation; {@link MigrationRunnerBuilder} makes runners with the application's
     * settings, listeners and callbacks.
     *
     * @param migrations the loaded revisions and their database
     * @param target     what {@link #migrate()} upgrades to, e.g. {@code heads}
     * @param listeners  told about every run
     */
    public MigrationRunner(Migrations migrations, String target, List<MigrationRunListener> listeners) {
        this(null, migrations, target, listeners, new Callbacks(List.of()), UpgradePreparation.NONE);
    }

    /**
     * @param name        the runner's name; null to take its bean name
     * @param callbacks   the callbacks, also the step listener of {@code migrations}' configuration
     * @param preparation what an upgrade does first
     */
    MigrationRunner(@Nullable String name, Migrations migrations, String target, List<MigrationRunListener> listeners,
                    Callbacks callbacks, UpgradePreparation preparation) {
        this.name = name;
        this.migrations = migrations;
        this.target = target;
        this.listeners = List.copyOf(listeners);
        this.callbacks = callbacks;
        this.preparation = preparation;
        callbacks.nameFrom(this::name);
    }

    /** The underlying facade, for operations this class does not offer (plan, stamp, history). */
    public Migrations migrations() {
        return migrations;
    }

    /**
     * Its name, which tags its metrics and names it in the endpoint, health and callbacks: the name it was built with
     * (a runner under {@code migrations.datasources.<name>} has that name), else its bean name, else
     * {@code migrationRunner}.
     */
    public String name() {
        return name != null ? name : beanName;
    }

    @Override
    public void setBeanName(String name) {
        this.beanName = name;
    }

    /** The target {@link #migrate()} upgrades to. */
    public String target() {
        return target;
    }

    /** Upgrades to the configured target. */
    public MigrationResult migrate() {
        return upgrade(target);
    }

    /**
     * Upgrades to {@code target}; see {@link Migrations#upgrade(String)}. Creates missing schemas first, and stamps a
     * database that predates migrations, when the runner's settings ask for it.
     */
    public MigrationResult upgrade(String target) {
        return run(Direction.UPGRADE, target, () -> preparation.prepare(migrations)
                .map(stamped -> combine(stamped, migrations.upgrade(target)))
                .orElseGet(() -> migrations.upgrade(target)));
    }

    private static MigrationResult combine(MigrationResult first, MigrationResult then) {
        List<AppliedStep> steps = new ArrayList<>(first.steps());
        steps.addAll(then.steps());
        return new MigrationResult(steps, first.headsBefore(), then.headsAfter(), first.duration().plus(then.duration()));
    }

    /** Downgrades to {@code target}; see {@link Migrations#downgrade(String)}. */
    public MigrationResult downgrade(String target) {
        return run(Direction.DOWNGRADE, target, () -> migrations.downgrade(target));
    }

    /** Judges the database against the configured target; see {@link Migrations#check(String)}. */
    public Verdict check() {
        return migrations.check(target);
    }

    /**
     * Checks that the database is at the configured target without changing it. A database ahead of the code (at
     * revisions a newer build applied) passes unless {@code on-unknown-revision} is {@code fail}: that is an older
     * build during a rolling deploy or after a rollback, and the newer revisions are the newer build's business.
     *
     * @return the verdict read
     * @throws RunnerValidationException when revisions are pending, or when unknown or edited revisions are found
     *                                   and their policy is {@code fail}; findings under {@code warn} are logged
     */
    public Verdict validate() {
        Verdict verdict = check();
        try {
            verdict.enforce(EnumSet.allOf(ValidationException.Problem.class))
                    .forEach(warning -> log.warn("{} Starting anyway (policy warn).", warning.getMessage()));
        } catch (ValidationException e) {
            throw new RunnerValidationException("Database " + url() + ": " + e.getMessage(), e);
        }
        return verdict;
    }

    /**
     * Ids of the revisions a database so judged has: those in its version table and everything they build on.
     * Revisions unknown to this application are left out.
     */
    public Set<String> applied(Verdict verdict) {
        return migrations.revisions().lineage(verdict.current());
    }

    /** The last run of this runner in this process, if any. */
    public Optional<MigrationRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    /**
     * The database's JDBC URL with any password masked, for logs and reports: as the database reports it, or as the
     * data source is configured when the database cannot be reached.
     */
    public String url() {
        return DataSources.describe(migrations.config().dataSource());
    }

    private MigrationResult run(Direction direction, String target, Supplier<MigrationResult> action) {
        long start = System.nanoTime();
        MigrationResult result = null;
        RuntimeException failure = null;
        ShutdownInterrupt shutdown = ShutdownInterrupt.forCurrentThread("the " + direction.name().toLowerCase(Locale.ROOT)
                + " to " + target + " (the revisions in flight finish, no other starts)");
        try {
            callbacks.beforeRun(direction, target);
            MigrationResult done = callbacks.stoppableBy(
                    shutdown.stop().listener(migrations.config().transactionPer(), StepListener.NONE), action);
            callbacks.afterRun(direction, target, done);
            result = done;
            return result;
        } catch (RuntimeException e) {
            failure = shutdown.stop().explain(e);
            callbacks.onFailure(direction, target, failure);
            throw failure;
        } finally {
            shutdown.close();
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
