package io.migrations.internal.engine;

import io.migrations.api.AppliedStep;
import io.migrations.api.DatabaseException;
import io.migrations.internal.plan.VersionOp;
import io.migrations.internal.platform.BlockerWatch;
import io.migrations.internal.platform.RunSession;
import io.migrations.internal.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consecutive transactional revisions sent to the database in one round trip, each still in a transaction of its own
 * with its version and history rows and its commit: the server runs them back to back instead of waiting for the
 * client after each.
 *
 * <p>A chain forms where the session allows it ({@link RunSession#chainsRevisions()}: the database checks the version
 * rows itself, and the server skips everything sent after a failed statement), where each revision's statements can
 * all be queued, and where each revision after the first changes a version row its predecessor wrote: were the server
 * to go on after a failure all the same, that row's check would stop every later revision. A revision that fails is
 * rolled back; those before it stay committed and those after it never ran, as when each is sent alone.
 */
final class RevisionChain {

    private static final Logger log = LoggerFactory.getLogger(RevisionChain.class);

    /** Revisions per chain: bounds what a stop waits for, and how long their log lines wait. */
    static final int MOST_REVISIONS = 50;
    /** Statements per chain, bounding the batch the driver holds. */
    static final int MOST_STATEMENTS = 1_000;

    private final RunContext context;
    private final List<Work> works;
    /** Each revision's changes of the version table, as statements the database checks. */
    private final List<List<String>> versionSql;

    private RevisionChain(RunContext context, List<Work> works, List<List<String>> versionSql) {
        this.context = context;
        this.works = List.copyOf(works);
        this.versionSql = List.copyOf(versionSql);
    }

    /**
     * The chain that starts at {@code work.get(from)}: the revisions from there on that may travel together, or empty
     * when fewer than two may.
     */
    static Optional<RevisionChain> startingAt(RunContext context, List<Work> work, int from) {
        List<Work> chain = new ArrayList<>();
        List<List<String>> versionSql = new ArrayList<>();
        int statements = 0;
        for (int i = from; i < work.size() && chain.size() < MOST_REVISIONS; i++) {
            Work next = work.get(i);
            statements += next.statements().size();
            Optional<List<String>> checked = checkedVersionSql(context, next);
            if (checked.isEmpty() || !chain.isEmpty()
                    && (statements > MOST_STATEMENTS || !follows(chain.get(chain.size() - 1), next))) {
                break;
            }
            chain.add(next);
            versionSql.add(checked.get());
        }
        return chain.size() > 1 ? Optional.of(new RevisionChain(context, chain, versionSql)) : Optional.empty();
    }

    /** The revisions, in order. */
    List<Work> works() {
        return works;
    }

    /** The first {@code count} revisions alone. */
    RevisionChain first(int count) {
        return new RevisionChain(context, works.subList(0, count), versionSql.subList(0, count));
    }

    /**
     * Sends the chain on {@code connection}, in autocommit, and leaves it so.
     *
     * @param transaction the run's transactions, which a revision that fails here uses when it is tried again
     * @return the revisions that committed, with the durations the database measured for their history rows, and the
     *         failure of the one after them, if any
     * @throws DatabaseException when the driver's error does not tell which revision failed (the connection broke)
     */
    Outcome send(Connection connection, BlockerWatch watch, RunTransaction transaction) {
        Pipeline pipeline = new Pipeline(connection, watch, this::describe, true);
        List<RevisionRun> runs = new ArrayList<>(works.size());
        List<Integer> starts = new ArrayList<>(works.size());
        try {
            connection.setAutoCommit(false);
            for (int i = 0; i < works.size(); i++) {
                starts.add(pipeline.queued());
                if (i > 0) {
                    pipeline.addBegin();
                }
                RevisionRun run = RevisionRun.begin(context, connection, watch, works.get(i), TransactionGuard.NONE,
                        Set.of(), transaction);
                run.queueCommitted(pipeline, versionSql.get(i));
                runs.add(run);
            }
            pipeline.flush();
            connection.setAutoCommit(true);
            return new Outcome(committed(connection, works.size()), Optional.empty());
        } catch (SQLException e) {
            rollback(connection);
            int entry = pipeline.failedEntry();
            if (entry < 0) {
                throw new DatabaseException(describe(List.of()) + " failed: " + RevisionRun.firstLine(e.getMessage())
                        + "\n  Which of them committed cannot be told from the error; the one that failed was rolled "
                        + "back. Run 'current' to see where the database stands, then run the command again.", e);
            }
            int failed = starts.size() - 1;
            while (starts.get(failed) > entry) {
                failed--;
            }
            Work work = works.get(failed);
            // The pipeline counted the statements that completed, of the revisions before this one too.
            int ran = pipeline.ran() - works.subList(0, failed).stream().mapToInt(w -> w.statements().size()).sum();
            List<AppliedStep> committed = committed(connection, failed);
            RevisionRun run = runs.get(failed);
            run.startedLater(committed.stream().map(AppliedStep::duration).reduce(Duration.ZERO, Duration::plus));
            return new Outcome(committed, Optional.of(new Failed(work, run,
                    new RevisionFailure(pipeline.failed(), ran, false, List.of(), e))));
        }
    }

    /** The first {@code count} revisions, committed, with the durations their history rows hold. */
    private List<AppliedStep> committed(Connection connection, int count) {
        if (count == 0) {
            return List.of();
        }
        List<Duration> durations;
        try {
            durations = context.history().latestDurations(connection, count);
        } catch (SQLException e) {
            throw new DatabaseException(first(count).describe(List.of())
                    + " committed, but reading their durations from " + context.history().table() + " failed: "
                    + e.getMessage() + ". Nothing needs to be run again; run 'current' to check.", e);
        }
        List<AppliedStep> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            steps.add(new AppliedStep(works.get(i).step().planned(), durations.get(i)));
        }
        return steps;
    }

    /** {@code Upgrade of revisions A to B (20 sent together)}, for the blocker watch and errors. */
    private String describe(List<Statement> ignored) {
        return works.get(0).action() + " of revisions " + works.get(0).id()
                + " to " + works.get(works.size() - 1).id() + " (" + works.size() + " sent together)";
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("Rollback failed: {}", e.getMessage());
        }
    }

    /** The changes {@code work} makes to the version table as checked statements, or empty when it cannot travel. */
    private static Optional<List<String>> checkedVersionSql(RunContext context, Work work) {
        return work.transactional() && work.statements().stream().allMatch(Pipeline::queues)
                ? context.checkedVersionSql(work.step().versionOps()) : Optional.empty();
    }

    /** Whether a change {@code next} makes to the version table needs a row {@code previous} wrote. */
    private static boolean follows(Work previous, Work next) {
        Set<String> written = new HashSet<>();
        for (VersionOp op : previous.step().versionOps()) {
            if (op instanceof VersionOp.Insert insert) {
                written.add(insert.revision());
            } else if (op instanceof VersionOp.Update update) {
                written.add(update.to());
            }
        }
        return next.step().versionOps().stream().anyMatch(op -> op instanceof VersionOp.Update update
                && written.contains(update.from()) || op instanceof VersionOp.Delete delete
                && written.contains(delete.revision()));
    }

    /**
     * @param committed the revisions that committed, in order
     * @param failed    the revision after them that failed, if any; those after it never ran
     */
    record Outcome(List<AppliedStep> committed, Optional<Failed> failed) {
    }

    /**
     * @param work    the revision that failed
     * @param run     its run, to try it again or record the failure
     * @param failure what went wrong
     */
    record Failed(Work work, RevisionRun run, RevisionFailure failure) {
    }
}
