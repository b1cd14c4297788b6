package io.migrations.internal.script;

import io.migrations.api.MigrationsException;
import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One direction of a Java revision: operations recorded once when the class was loaded, rendered for whichever
 * dialect asks. Rendering covers every operation before returning, so an operation the database cannot do fails
 * before the first statement runs.
 *
 * @param revisionClass the revision class, whose name stands in messages
 * @param direction  {@code upgrade} or {@code downgrade}, for messages
 * @param operations the recorded operations
 */
record JavaStatementSource(Class<?> revisionClass, String direction, List<RecordedOperation> operations)
        implements RecordedOperations {

    JavaStatementSource {
        operations = List.copyOf(operations);
    }

    /** The statements, each carrying the line of the revision class that recorded its operation. */
    @Override
    public List<Statement> statements(Database dialect) {
        List<Statement> statements = new ArrayList<>();
        for (RecordedOperation recorded : operations) {
            List<Statement> rendered;
            try {
                rendered = dialect.render(recorded.operation());
            } catch (MigrationsException e) {
                throw Failures.of(revisionClass.getName(), recorded.line(), direction + ": " + e.getMessage(), e);
            }
            rendered.forEach(statement ->
                    statements.add(new Statement(statement.sql(), recorded.line(), statement.parameters())));
        }
        return List.copyOf(statements);
    }
}
