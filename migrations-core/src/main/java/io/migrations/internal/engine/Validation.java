package io.migrations.internal.engine;

import io.migrations.api.Policy;
import io.migrations.api.ValidationException;
import io.migrations.internal.bookkeeping.BookkeepingTables;
import io.migrations.internal.bookkeeping.HistoryTable;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.Script;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what the database says it ran with the revision files: revisions no file defines, and applied revisions
 * whose file changed since; and reacts to either as the policies say.
 */
public final class Validation {

    private static final Logger log = LoggerFactory.getLogger(Validation.class);

    private final Map<String, Script> scripts;
    private final RevisionGraph graph;

    public Validation(Map<String, Script> scripts, RevisionGraph graph) {
        this.scripts = scripts;
        this.graph = graph;
    }

    /** The revisions of {@code current} that no revision file defines. */
    public List<String> unknown(List<String> current) {
        return current.stream().filter(id -> !scripts.containsKey(id)).toList();
    }

    /** The applied revisions (up to {@code current}) whose checksum differs from the one recorded when they ran. */
    public List<String> edited(Connection connection, HistoryTable history, List<String> current) throws SQLException {
        Map<String, String> recorded = history.appliedChecksums(connection);
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> applied = graph.ancestors(current, true);
        List<String> edited = new ArrayList<>();
        recorded.forEach((id, checksum) -> {
            Script script = scripts.get(id);
            if (script != null && applied.contains(id) && !script.checksum().equals(checksum)) {
                edited.add(id);
            }
        });
        return edited;
    }

    /**
     * Checks the database at {@code current} against the files.
     *
     * @throws ValidationException when a check fails under the policy {@link Policy#FAIL}
     */
    public void validate(Connection connection, BookkeepingTables tables, List<String> current, RunSettings settings)
            throws SQLException {
        List<String> unknown = unknown(current);
        if (!unknown.isEmpty()) {
            react(settings.onUnknownRevision(), new ValidationException("The database is at revision(s) "
                    + String.join(", ", unknown) + " which no revision file defines (version table " + tables.versions().table()
                    + "). Deploy the code that has them, or run 'stamp' to set the version table to a known revision.",
                    unknown));
            return; // what was applied before an unknown revision cannot be told, so neither can edits
        }
        if (settings.onChecksumMismatch() == Policy.IGNORE) {
            return;
        }
        List<String> edited = edited(connection, tables.history(), current);
        if (!edited.isEmpty()) {
            List<String> where = edited.stream().map(id -> id + " (" + scripts.get(id).revision().location() + ")").toList();
            react(settings.onChecksumMismatch(), new ValidationException("Applied revision(s) changed since they ran: "
                    + String.join(", ", where) + ". Revert the edits and put the change in a new revision, "
                    + "or set the checksum policy to warn.", edited));
        }
    }

    private static void react(Policy policy, ValidationException problem) {
        if (policy == Policy.FAIL) {
            throw problem;
        }
        if (policy == Policy.WARN) {
            log.warn(problem.getMessage());
        }
    }
}
