package io.migrations.internal.script;

import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.util.List;

/**
 * The statements of one direction (upgrade or downgrade) of a revision.
 * SQL files ignore the dialect; Java revisions render their operations with it.
 */
@FunctionalInterface
public interface StatementSource {

    /** The statements to run, in order. */
    List<Statement> statements(Database dialect);
}
