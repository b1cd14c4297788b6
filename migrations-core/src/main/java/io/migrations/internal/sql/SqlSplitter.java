package io.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL script text into statements the way psql does.
 *
 * <p>Semicolons inside quotes ({@code '...'}, {@code E'...'}, {@code "..."}, {@code $$...$$},
 * {@code $tag$...$tag$}), comments ({@code --}, nested {@code /* *}{@code /}), parentheses and
 * {@code BEGIN ATOMIC ... END} routine bodies do not end a statement. Comments between statements are dropped,
 * comments inside a statement are kept. The last statement needs no semicolon. The scan is a single linear pass.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /**
     * Splits {@code sql} into statements numbered by the line (from 1) where each starts.
     *
     * @param location file or resource the text comes from, for error messages
     * @param sql      the script text; any line-ending style
     * @throws ScriptException for an unterminated quote, dollar quote or block comment, or an unclosed parenthesis
     *                         or {@code BEGIN}, naming the line where it started
     */
    public static List<Statement> split(String location, String sql) {
        List<Statement> statements = new ArrayList<>();
        SqlScanner.scan(location, LineBreaks.normalise(sql), statements::add);
        return List.copyOf(statements);
    }
}
