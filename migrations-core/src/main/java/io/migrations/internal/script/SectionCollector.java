package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import io.migrations.internal.sql.SqlScanner;
import io.migrations.internal.sql.Statement;
import io.migrations.internal.sql.TransactionControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sorts the statements after the {@code -- upgrade} marker into the upgrade and downgrade sections, refusing
 * transaction control in a revision that runs in one transaction.
 */
final class SectionCollector implements SqlScanner.MarkerSink {

    private final String location;
    private final int upgradeLine;
    private final Transaction transaction;
    private final List<Statement> upgrade = new ArrayList<>();
    private List<Statement> downgrade;
    private int downgradeLine;

    SectionCollector(String location, int upgradeLine, Transaction transaction) {
        this.location = location;
        this.upgradeLine = upgradeLine;
        this.transaction = transaction;
    }

    @Override
    public void statement(Statement statement) {
        if (transaction == Transaction.ONE_PER_DIRECTION) {
            TransactionControl.of(statement.sql()).ifPresent(command -> {
                throw new ScriptException(location, statement.line(), Transaction.refusal(command,
                        "mark the revision '-- transactional: false' in its header"));
            });
        }
        (downgrade == null ? upgrade : downgrade).add(statement);
    }

    @Override
    public String marker(String comment) {
        return Section.ofComment(comment).map(Section::marker).orElse(null);
    }

    @Override
    public void markerAt(String marker, int line) {
        Section section = Section.ofComment(marker.substring(2)).orElseThrow();
        if (section == Section.UPGRADE) {
            throw new ScriptException(location, line, "second '" + section.marker() + "' marker (first on line "
                    + upgradeLine + "); a file has one upgrade section, followed by at most one downgrade section");
        }
        if (downgrade != null) {
            throw new ScriptException(location, line, "second '" + section.marker() + "' marker (first on line "
                    + downgradeLine + "); a file has at most one downgrade section");
        }
        downgrade = new ArrayList<>();
        downgradeLine = line;
    }

    /**
     * The upgrade statements.
     *
     * @throws ScriptException when there are none
     */
    SqlStatements upgrade() {
        if (upgrade.isEmpty()) {
            throw new ScriptException(location, upgradeLine, "the upgrade section has no statements; write the "
                    + "upgrade SQL below '" + Section.UPGRADE.marker() + "' (use 'SELECT 1;' for a deliberate no-op)");
        }
        return new SqlStatements(upgrade);
    }

    /** The downgrade statements: empty without a downgrade marker, none for an empty downgrade section. */
    Optional<StatementSource> downgrade() {
        return Optional.ofNullable(downgrade).map(SqlStatements::new);
    }
}
