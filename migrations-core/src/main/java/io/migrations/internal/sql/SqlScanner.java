package io.migrations.internal.sql;

import io.migrations.api.ScriptException;
import io.migrations.internal.sql.SqlLexer.Kind;

/**
 * Finds where statements start and end, in one pass of {@link SqlLexer} over the text: it keeps no grammar of its
 * own, only psql's rule for which semicolons end a statement.
 *
 * <p>A semicolon ends a statement unless it is inside a token (string, quoted identifier, dollar quote, comment),
 * parentheses or the {@code BEGIN ... END} body of a {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}
 * ({@code BEGIN ATOMIC}); see {@link StatementNesting}.
 *
 * <p>A statement starts at its first token that is not whitespace or comment and ends at its last one, so
 * comments between statements vanish and comment-only fragments are not statements. With markers enabled, a line
 * holding only {@code -- upgrade} or {@code -- downgrade} (outside any quote or comment) ends the pending statement,
 * even without a semicolon, and is reported to the sink.
 */
public final class SqlScanner implements SqlLexer.Sink {

    /** Receives statements in text order. */
    @FunctionalInterface
    public interface Sink {

        void statement(Statement statement);
    }

    /** Receives statements and marker lines in text order. */
    public interface MarkerSink extends Sink {

        /**
         * The marker that a line comment standing alone on its line is, in its canonical spelling, or null when it is
         * an ordinary comment.
         *
         * @param comment the comment's text after {@code --}
         */
        String marker(String comment);

        /** A marker line; the statement before it has been ended. */
        void markerAt(String marker, int line);
    }

    private final String location;
    private final String text;
    private final int from;
    private final Sink sink;
    /** Receives markers; null when every comment is an ordinary one. */
    private final MarkerSink markers;
    private final StatementNesting nesting = new StatementNesting();

    /** Lines are counted lazily, forward only: {@link #countedLine} is the line of offset {@link #counted}. */
    private int counted;
    private int countedLine;
    /** Offset of the pending statement's first character, or -1 when there is none. */
    private int start = -1;
    private int startLine;
    /** Offset just after the pending statement's last significant character. */
    private int end;

    private SqlScanner(String location, String text, int offset, int line, Sink sink, MarkerSink markers) {
        this.location = location;
        this.text = text;
        this.from = offset;
        this.counted = offset;
        this.countedLine = line;
        this.sink = sink;
        this.markers = markers;
    }

    /**
     * Scans all of {@code text}, whose line breaks must already be {@code \n}; marker lines are ordinary comments.
     *
     * @throws ScriptException for an unterminated quote, dollar quote or block comment, an unclosed parenthesis or
     *                         {@code BEGIN}, naming the line where it started
     */
    public static void scan(String location, String text, Sink sink) {
        new SqlScanner(location, text, 0, 1, sink, null).run();
    }

    /**
     * Scans {@code text} from {@code offset}, which is on 1-based {@code line}, reporting section markers too.
     *
     * @throws ScriptException as {@link #scan(String, String, Sink)}
     */
    public static void scanSections(String location, String text, int offset, int line, MarkerSink sink) {
        new SqlScanner(location, text, offset, line, sink, sink).run();
    }

    private void run() {
        SqlLexer.lex(text, from, this);
        flush("the end of the file");
    }

    @Override
    public void token(Kind kind, int tokenStart, int tokenEnd) {
        switch (kind) {
            case WHITESPACE -> {
                // between tokens
            }
            case COMMENT -> {
                if (markers != null && text.startsWith("--", tokenStart) && standsAlone(tokenStart)) {
                    marker(tokenStart, tokenEnd);
                }
            }
            case SYMBOL -> {
                char c = text.charAt(tokenStart);
                if (c == ';' && (start < 0 || nesting.atTopLevel())) {
                    emit();
                    return;
                }
                begin(tokenStart);
                if (c == '(') {
                    nesting.openParen();
                } else if (c == ')') {
                    nesting.closeParen();
                }
                end = tokenEnd;
            }
            case WORD -> {
                begin(tokenStart);
                nesting.word(text, tokenStart, tokenEnd);
                end = tokenEnd;
            }
            default -> {
                begin(tokenStart);
                end = tokenEnd;
            }
        }
    }

    @Override
    public void unterminated(Kind kind, int tokenStart, int tokenEnd) {
        String problem = switch (text.charAt(tokenStart)) {
            case '/' -> "block comment '/*' starting on this line; close it with '*/' (block comments nest)";
            case '$' -> {
                String tag = text.substring(tokenStart, text.indexOf('$', tokenStart + 1) + 1);
                yield "dollar-quoted string " + tag + " starting on this line; close it with " + tag;
            }
            case '"' -> "quoted identifier starting on this line; close it with \" (write \"\" for a quote inside)";
            case 'e', 'E' -> "E'' string starting on this line; close it with ' (write '' or \\' for a quote inside)";
            default -> kind == Kind.QUOTED_IDENTIFIER
                    ? "quoted identifier starting on this line; close it with \" (write \"\" for a quote inside)"
                    : "string starting on this line; close it with ' (write '' for a quote inside)";
        };
        throw new ScriptException(location, lineOf(tokenStart), "unterminated " + problem);
    }

    /** Whether only whitespace comes before {@code offset} on its line; section markers must stand alone. */
    private boolean standsAlone(int offset) {
        for (int i = offset - 1; i >= from && text.charAt(i) != '\n'; i--) {
            if (!SqlLexer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void marker(int commentStart, int commentEnd) {
        String marker = markers.marker(text.substring(commentStart + 2, commentEnd));
        if (marker != null) {
            int line = lineOf(commentStart);
            flush("the marker '" + marker + "' on line " + line);
            markers.markerAt(marker, line);
        }
    }

    private void begin(int tokenStart) {
        if (start < 0) {
            start = tokenStart;
            startLine = lineOf(tokenStart);
            nesting.reset();
        }
    }

    /** Ends the pending statement at a boundary that is not a semicolon: a section marker or the end of the file. */
    private void flush(String boundary) {
        if (start >= 0 && !nesting.atTopLevel()) {
            String open = nesting.openParens() > 0
                    ? nesting.openParens() + " unclosed '('"
                    : nesting.openBlocks() + " BEGIN/CASE without END";
            throw new ScriptException(location, startLine, "the statement starting here still has " + open
                    + " at " + boundary + "; close it, or look for a missing quote or semicolon");
        }
        emit();
    }

    private void emit() {
        if (start >= 0) {
            sink.statement(new Statement(text.substring(start, end), startLine));
            start = -1;
        }
    }

    /** The line of {@code offset}, which must not be before an offset asked for earlier. */
    private int lineOf(int offset) {
        for (int i = text.indexOf('\n', counted); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            countedLine++;
        }
        counted = offset;
        return countedLine;
    }
}
