package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.api.Direction;
import io.migrations.api.IrreversibleException;
import io.migrations.api.Revision;
import io.migrations.api.StepListener;
import io.migrations.api.Timeouts;
import io.migrations.api.TransactionPer;
import io.migrations.internal.bookkeeping.BookkeepingTables;
import io.migrations.internal.connect.Backoff;
import io.migrations.internal.plan.Step;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.RunSession;
import io.migrations.internal.platform.Sessions;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.StatementSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs planned steps on one connection: transactional revisions together with their version-table and history rows,
 * each in its own transaction or, under {@link TransactionPer#RUN}, consecutive ones in one; non-transactional
 * revisions statement by statement in autocommit, then their version and history rows in a short transaction.
 *
 * <p>Every statement of the plan is rendered before the first one runs, so a revision that cannot be
 * rendered (or has no downgrade) fails the run before it changes anything. A revision whose statement
 * gave up waiting for a lock runs again after a pause, up to the lock retries, when running it again
 * cannot apply anything twice.
 */
public final class Executor {

    private static final Logger log = LoggerFactory.getLogger(Executor.class);

    private final RunContext context;
    private final Map<String, Script> scripts;
    private final Backoff lockRetries;
    private final TransactionGuard guard;
    private final TransactionPer transactionPer;
    private final StepListener listener;

    /**
     * @param tables      the version and history tables
     * @param scripts     scripts by revision id
     * @param timeouts    timeouts for revision statements, where the database has them
     * @param lockRetries how often, and after which pauses, to rerun a revision that timed out on a lock
     * @param guard       runs at the start of each transactional revision's transaction
     * @param session     what the run learnt of its session before its first revision
     * @param transactionPer where the transactions of transactional revisions begin and end
     * @param listener    told before and after each step
     */
    public Executor(Database database, BookkeepingTables tables, Map<String, Script> scripts, Timeouts timeouts,
                    Backoff lockRetries, TransactionGuard guard, RunSession session,
                    TransactionPer transactionPer, StepListener listener) {
        this.context = new RunContext(database, tables.versions(), tables.history(), timeouts, session);
        this.scripts = scripts;
        this.lockRetries = lockRetries;
        this.guard = guard;
        this.transactionPer = transactionPer;
        this.listener = listener;
    }

    /**
     * Runs {@code steps} in order and returns those that committed; stops early, without error, when the guard finds
     * the version table moved by another run.
     *
     * @param watch  names the sessions that block a waiting statement
     * @param before the version table rows the steps were planned from
     * @throws IrreversibleException  before anything runs, when a downgrade step has no downgrade
     * @throws LockTimeoutException   when a statement timed out on a lock on every attempt
     * @throws InvalidIndexException  when a non-transactional revision left an invalid index
     * @throws DatabaseException      when a statement fails; earlier steps stay committed, except those in the
     *                                run's transaction under {@link TransactionPer#RUN}, which is rolled back
     */
    public ExecutorOutcome run(Connection connection, BlockerWatch watch, List<String> before, List<Step> steps) {
        List<Work> work = steps.stream().map(this::render).toList();
        List<AppliedStep> applied = new ArrayList<>(work.size());
        List<String> heads = new ArrayList<>(before);
        RunTransaction transaction = new RunTransaction(connection, transactionPer, lockRetries);
        // A guard works inside each transaction, and a run's transaction holds all its revisions: no chains then.
        boolean chains = transactionPer == TransactionPer.REVISION && guard == TransactionGuard.NONE
                && context.session().chainsRevisions() && listener.hearsStepsTogether();
        // Revisions of a chain are told to the listener before it is sent; one after a failure there may run later.
        int told = 0;
        try {
            for (int i = 0; i < work.size(); ) {
                Optional<RevisionChain> chain = chains ? RevisionChain.startingAt(context, work, i) : Optional.empty();
                if (chain.isPresent()) {
                    Sent sent = runChain(connection, watch, chain.get(), told - i, heads, transaction, applied);
                    told = Math.max(told, i + sent.told());
                    i += sent.committed();
                    continue;
                }
                Work w = work.get(i++);
                if (!w.transactional()) {
                    committed(commit(transaction, w), applied);
                }
                Duration took;
                if (i > told) {
                    listener.beforeStep(w.step().planned());
                }
                try {
                    took = apply(connection, watch, w, Set.copyOf(heads), transaction);
                } catch (StaleStep stale) {
                    log.info("{} was planned from {} but another run moved the version table; planning again",
                            w.describe(null), heads);
                    return new ExecutorOutcome(applied, true);
                }
                done(w, took, transaction, heads, applied);
            }
            committed(commit(transaction, null), applied);
            return new ExecutorOutcome(applied, false);
        } finally {
            // Nothing is open unless the run stopped early: then what it held was not applied.
            transaction.rollback();
        }
    }

    /**
     * Tells the listener of each revision of {@code chain} and sends them together; a revision that fails there is
     * tried again or reported as when sent alone. A listener that ends the run before a later revision ends it once
     * those before it are sent.
     *
     * @param alreadyTold how many of the chain's first revisions the listener was told of already
     */
    private Sent runChain(Connection connection, BlockerWatch watch, RevisionChain chain, int alreadyTold,
                          List<String> heads, RunTransaction transaction, List<AppliedStep> applied) {
        List<Work> works = chain.works();
        int told = Math.min(Math.max(alreadyTold, 0), works.size());
        RuntimeException stop = null;
        while (told < works.size() && stop == null) {
            try {
                listener.beforeStep(works.get(told).step().planned());
                told++;
            } catch (RuntimeException e) {
                if (told == 0) {
                    throw e;
                }
                stop = e;
            }
        }
        RevisionChain.Outcome outcome = chain.first(told).send(connection, watch, transaction);
        int committed = outcome.committed().size();
        for (int i = 0; i < committed; i++) {
            done(works.get(i), outcome.committed().get(i).duration(), transaction, heads, applied);
        }
        if (outcome.failed().isPresent()) {
            RevisionChain.Failed failed = outcome.failed().get();
            done(failed.work(), attempts(failed.run(), failed.work(), watch, transaction, failed.failure()),
                    transaction, heads, applied);
            committed++;
        }
        if (stop != null) {
            throw stop;
        }
        return new Sent(committed, told);
    }

    /**
     * @param committed how many revisions of a chain committed
     * @param told      how many of them, and of those after them, the listener was told of
     */
    private record Sent(int committed, int told) {
    }

    /** Logs a step that went through and passes it on once committed. */
    private void done(Work w, Duration took, RunTransaction transaction, List<String> heads,
                      List<AppliedStep> applied) {
        log.info("Running {} ({} ms)", w.step().describe(), took.toMillis());
        committed(transaction.done(new AppliedStep(w.step().planned(), took)), applied);
        w.step().versionOps().forEach(op -> op.applyTo(heads));
    }

    private void committed(List<AppliedStep> steps, List<AppliedStep> applied) {
        for (AppliedStep step : steps) {
            applied.add(step);
            listener.afterStep(step);
        }
    }

    /**
     * Commits the run's open transaction, before {@code next} (a non-transactional revision) or at the end.
     *
     * @throws DatabaseException when the commit fails: everything in the transaction was rolled back
     */
    private List<AppliedStep> commit(RunTransaction transaction, Work next) {
        try {
            return transaction.commit();
        } catch (SQLException e) {
            transaction.rollback();
            throw new DatabaseException("Committing the run's transaction failed" + (next == null ? ""
                    : " before " + next.describe(null)) + ": " + RevisionRun.firstLine(e.getMessage())
                    + (e.getSQLState() == null ? "" : " [SQL state " + e.getSQLState() + "]")
                    + "\n  " + FailureReport.rolledBack(transaction.rolledBack())
                    + " Fix the cause and run the command again.", null, e);
        }
    }

    private Work render(Step step) {
        if (step.direction() == Direction.STAMP) {
            return new Work(step, null, List.of());
        }
        Revision revision = step.revision().orElseThrow();
        Script script = scripts.get(revision.id());
        StatementSource source = step.direction() == Direction.UPGRADE ? script.upgrade()
                : script.downgrade().orElseThrow(() -> new IrreversibleException("Cannot downgrade through revision "
                        + revision.id() + " (" + revision.location() + "): it has no downgrade section. Nothing was run. "
                        + "Add a downgrade, or choose a target above it."));
        return new Work(step, script, source.statements(context.database()));
    }

    private Duration apply(Connection connection, BlockerWatch watch, Work w, Set<String> expected,
                           RunTransaction transaction) {
        RevisionRun run;
        try {
            run = RevisionRun.begin(context, connection, watch, w, guard, expected, transaction);
        } catch (SQLException e) {
            throw new DatabaseException(w.describe(null) + " could not start: " + e.getMessage()
                    + ". Nothing of it ran; check the connection and run the command again.", w.id(), e);
        }
        return attempts(run, w, watch, transaction, null);
    }

    /**
     * Attempts {@code run} until it goes through, or fails for good.
     *
     * @param failed the outcome of a first attempt made elsewhere (in a chain), or null
     */
    private Duration attempts(RevisionRun run, Work w, BlockerWatch watch, RunTransaction transaction,
                              RevisionFailure failed) {
        RevisionFailure failure = failed;
        for (int attempt = 0; ; attempt++) {
            if (failure == null) {
                try {
                    run.attempt();
                    return run.elapsed();
                } catch (RevisionFailure f) {
                    failure = f;
                }
            }
            if (!failure.retryable() || !lockRetries.allowsRetryAfter(attempt)) {
                transaction.rollback();
                DatabaseException error = new FailureReport(w, failure, watch.lastBlockers(), context,
                        attempt + 1, transaction.rolledBack()).exception();
                run.recordFailure(failure, error.getMessage());
                throw error;
            }
            log.warn("{} waited longer than lock-timeout for a lock held by {}; nothing of it stayed applied, retry {} of {} in {} ms",
                    w.describe(failure.statement()), blockers(watch), attempt + 1, lockRetries.retries(),
                    lockRetries.delayAfter(attempt).toMillis());
            lockRetries.pauseAfter(attempt);
            failure = null;
        }
    }

    private static String blockers(BlockerWatch watch) {
        return watch.lastBlockers().isEmpty() ? "sessions that could not be identified"
                : Sessions.describe(watch.lastBlockers());
    }
}
