package io.migrations.internal.engine;

import io.migrations.api.Direction;
import io.migrations.api.HistoryEntry;
import io.migrations.api.UnfinishedRevisionException;
import io.migrations.internal.bookkeeping.HistoryRecord;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.platform.Database;
import io.migrations.internal.script.Script;
import io.migrations.internal.script.StatementSource;
import io.migrations.internal.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds non-transactional revisions that an earlier run left unfinished (it was killed or lost its
 * connection between statements) and reports them once, naming the statements that had run.
 * Call it under the migration lock, so an unfinished row cannot belong to a run still in progress.
 */
public final class UnfinishedRuns {

    private final HistoryTable history;
    private final Map<String, Script> scripts;
    private final Database database;

    public UnfinishedRuns(HistoryTable history, Map<String, Script> scripts, Database database) {
        this.history = history;
        this.scripts = scripts;
        this.database = database;
    }

    /**
     * Marks every unfinished history row as failed and, if there were any, throws.
     *
     * @throws UnfinishedRevisionException naming each interrupted revision and the statements that ran
     */
    public void report(Connection connection) throws SQLException {
        List<HistoryEntry> unfinished = history.unfinished(connection);
        if (unfinished.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("An earlier run stopped in the middle of a non-transactional revision "
                + "(the process was killed or lost its connection):");
        for (HistoryEntry entry : unfinished) {
            String description = describe(entry);
            message.append("\n  ").append(description);
            history.finish(connection, entry.id(), new HistoryRecord(entry.revision(), entry.downRevisions(),
                    entry.direction(), entry.message(), entry.checksum(), entry.durationMs(), false, entry.statementsRun(),
                    "interrupted: " + description));
        }
        message.append("\n  Those statements stay applied; the version table does not include the revision. Check their "
                + "effects, undo or finish them by hand (drop any invalid index they left), then run the command again: "
                + "the revision will run again from its first statement.");
        throw new UnfinishedRevisionException(message.toString(), unfinished);
    }

    private String describe(HistoryEntry entry) {
        List<Statement> statements = statements(entry).orElse(List.of());
        int ran = entry.statementsRun();
        String where = entry.revision() + Optional.ofNullable(scripts.get(entry.revision()))
                .map(s -> " (" + s.revision().location() + ")").orElse("");
        StringBuilder text = new StringBuilder(entry.direction().label() + " of revision " + where + ", started "
                + entry.appliedAt() + " by " + entry.appliedBy() + ": ");
        text.append(ran == 0 ? "no statement had completed" : "statements 1-" + ran + (statements.isEmpty() ? ""
                : " of " + statements.size() + " had completed (" + Work.lines(statements.subList(0, Math.min(ran, statements.size())))
                + ")"));
        if (ran < statements.size()) {
            text.append("; statement ").append(ran + 1).append(" (line ").append(statements.get(ran).line())
                    .append(") was running and may have completed too");
        }
        return text.toString();
    }

    private Optional<List<Statement>> statements(HistoryEntry entry) {
        Script script = scripts.get(entry.revision());
        if (script == null) {
            return Optional.empty();
        }
        Optional<StatementSource> source = entry.direction() == Direction.DOWNGRADE ? script.downgrade()
                : Optional.of(script.upgrade());
        return source.map(s -> s.statements(database));
    }
}
