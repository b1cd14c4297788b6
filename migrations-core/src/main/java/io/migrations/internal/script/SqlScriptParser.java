package io.migrations.internal.script;

import io.migrations.internal.sql.LineBreaks;
import io.migrations.internal.sql.SqlScanner;
import io.migrations.internal.sql.TransactionControl;

/**
 * Parses SQL revision files, one revision per file named {@code <revision>_<slug>.sql}:
 * <pre>
 * -- revision: 8f97975fec5c
 * -- down_revision: 1a2b3c4d5e6f
 * -- message: Add users table
 * -- create_date: 2026-11-26 10:00:00
 * -- branch_labels: auth
 * -- depends_on: 3c4d5e6f7a8b
 * -- transactional: false
 *
 * -- upgrade
 * CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
 * CREATE INDEX ix_users_email ON users (email);
 *
 * -- downgrade
 * DROP TABLE users;
 * </pre>
 *
 * <p>Header keys have the meaning of Alembic's script variables. {@code revision} and {@code down_revision} are
 * required; {@code down_revision} is empty for a first revision and comma-separated for a merge, as are
 * {@code branch_labels} and {@code depends_on}; {@code transactional} defaults to {@code true}. A transactional
 * revision may not hold transaction control ({@code BEGIN}, {@code COMMIT}, ...; see {@link TransactionControl}).
 *
 * <p>Sections: {@code -- upgrade} is required and must hold at least one statement, because an upgrade that runs
 * nothing yet records the version is usually a file someone forgot to fill in ({@code SELECT 1;} is the deliberate
 * no-op). Without a {@code -- downgrade} marker the revision is irreversible; an empty downgrade section is a
 * reversible no-op: downgrading only moves the version back. Markers are recognised on their own line, in any case,
 * outside quotes and comments; a marker also ends a last statement that has no semicolon.
 * Statements are split by {@link SqlSplitter}'s rules with line numbers counted in the whole file.
 */
public final class SqlScriptParser {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SqlScriptParser() {
    }

    /**
     * Parses one revision file.
     *
     * @param location path or URL of the file; its last segment is the file name checked against the id
     * @param text     the whole file; any line-ending style, a leading byte-order mark is ignored
     * @return the script, with its checksum taken by {@link Checksums#of(String)} over the text without the mark
     * @throws ScriptException naming the file and line of the first problem and how to fix it
     */
    public static Script parse(String location, String text) {
        String source = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        String lines = LineBreaks.normalise(source);
        HeaderParser.Result header = HeaderParser.parse(location, lines);
        SectionCollector sections = new SectionCollector(location, header.upgradeLine(), header.header().transaction());
        SqlScanner.scanSections(location, lines, header.bodyOffset(), header.upgradeLine() + 1, sections);
        return new Script(header.header().revision(), header.header().transaction(), sections.upgrade(),
                sections.downgrade(), Checksums.of(source));
    }
}
