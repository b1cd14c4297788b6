package io.migrations.internal.script;

import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.util.List;

/**
 * Statements written as SQL, the same for every dialect.
 *
 * @param statements the statements in file order
 */
public record SqlStatements(List<Statement> statements) implements StatementSource {

    public SqlStatements {
        statements = List.copyOf(statements);
    }

    @Override
    public List<Statement> statements(Database dialect) {
        return statements;
    }
}
