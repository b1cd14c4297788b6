package io.migrations.internal.script;

import io.migrations.internal.platform.Database;
import io.migrations.internal.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs scripts the way the engine will: the statements of one direction in order, in one transaction unless the
 * revision is non-transactional, with parameters through a PreparedStatement.
 */
final class ScriptRunner {

    private final Connection connection;
    private final Database dialect;

    ScriptRunner(Connection connection, Database dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Loads and upgrades each revision class in turn. */
    void upgrade(Class<?>... revisionClasses) throws SQLException {
        for (Class<?> type : revisionClasses) {
            upgrade(JavaRevisions.load(type));
        }
    }

    void upgrade(Script script) throws SQLException {
        run(script.upgrade().statements(dialect), script.transactional());
    }

    void downgrade(Script script) throws SQLException {
        run(script.downgrade().orElseThrow().statements(dialect), script.transactional());
    }

    private void run(List<Statement> statements, boolean transactional) throws SQLException {
        connection.setAutoCommit(!transactional);
        try {
            for (Statement statement : statements) {
                execute(statement);
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            if (transactional) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void execute(Statement statement) throws SQLException {
        try {
            if (statement.parameters().isEmpty()) {
                try (java.sql.Statement plain = connection.createStatement()) {
                    plain.execute(statement.sql());
                }
                return;
            }
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    prepared.setObject(i + 1, statement.parameters().get(i));
                }
                prepared.execute();
            }
        } catch (SQLException e) {
            throw new SQLException("Failed: " + statement.sql() + " " + statement.parameters() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
