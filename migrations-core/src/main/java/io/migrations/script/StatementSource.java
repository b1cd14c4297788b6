package io.migrations.script;

import io.migrations.dialect.Dialect;
import java.util.List;

/**
 * The statements of one direction (upgrade or downgrade) of a revision.
 * SQL files ignore the dialect; Java revisions render their operations with it.
 */
@FunctionalInterface
public interface StatementSource {

    /** The statements to run, in order. */
    List<Statement> statements(Dialect dialect);
}
