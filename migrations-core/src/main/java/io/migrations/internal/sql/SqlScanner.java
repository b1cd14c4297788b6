package io.migrations.internal.sql;

import io.migrations.api.ScriptException;
/**
 * One linear pass over PostgreSQL text that finds where statements start and end.
 *
 * <p>Semicolons end statements except inside single-quoted strings ({@code ''} escapes), {@code E'...'} strings
 * (backslash escapes), double-quoted identifiers, dollar-quoted strings ({@code $$...$$}, {@code $tag$...$tag$};
 * {@code $1} is a parameter), line comments, nested block comments, parentheses and {@code BEGIN ATOMIC} bodies.
 * Ordinary {@code '...'} strings follow {@code standard_conforming_strings = on}, PostgreSQL's default.
 *
 * <p>A statement starts at its first character that is not whitespace or comment and ends at its last one, so
 * comments between statements vanish and comment-only fragments are not statements. With markers enabled, a line
 * holding only {@code -- upgrade} or {@code -- downgrade} (outside any quote or comment) ends the pending statement,
 * even without a semicolon, and is reported to the sink.
 */
public final class SqlScanner {

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
    private final Sink sink;
    /** Receives markers; null when every comment is an ordinary one. */
    private final MarkerSink markers;
    private final StatementNesting nesting = new StatementNesting();

    private int pos;
    private int line;
    /** Whether the current line has anything but whitespace before {@link #pos}; markers must stand alone. */
    private boolean lineHasContent;
    /** Offset of the pending statement's first character, or -1 when there is none. */
    private int start = -1;
    private int startLine;
    /** Offset just after the pending statement's last significant character. */
    private int end;

    private SqlScanner(String location, String text, int offset, int line, Sink sink, MarkerSink markers) {
        this.location = location;
        this.text = text;
        this.pos = offset;
        this.line = line;
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
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineHasContent = false;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && next() == '-') {
                lineComment();
            } else if (c == '/' && next() == '*') {
                blockComment();
            } else {
                token(c);
            }
        }
        flush("the end of the file");
    }

    private void lineComment() {
        int eol = text.indexOf('\n', pos);
        eol = eol < 0 ? text.length() : eol;
        String marker = markers != null && !lineHasContent ? markers.marker(text.substring(pos + 2, eol)) : null;
        if (marker != null) {
            flush("the marker '" + marker + "' on line " + line);
            markers.markerAt(marker, line);
        }
        pos = eol;
    }

    private void blockComment() {
        int openLine = line;
        int depth = 0;
        do {
            if (pos >= text.length()) {
                throw unterminated(openLine, "block comment '/*'", "close it with '*/' (block comments nest)");
            }
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                advance();
            }
        } while (depth > 0);
        lineHasContent = true;
    }

    private void token(char c) {
        lineHasContent = true;
        if (c == ';' && (start < 0 || nesting.atTopLevel())) {
            pos++;
            emit();
            return;
        }
        if (start < 0) {
            start = pos;
            startLine = line;
            nesting.reset();
        }
        switch (c) {
            case '\'' -> quoted('\'', false, "string", "close it with ' (write '' for a quote inside)");
            case '"' -> quoted('"', false, "quoted identifier", "close it with \" (write \"\" for a quote inside)");
            case '$' -> dollar();
            case '(' -> {
                nesting.openParen();
                pos++;
            }
            case ')' -> {
                nesting.closeParen();
                pos++;
            }
            default -> {
                if (isWordStart(c)) {
                    word();
                } else {
                    pos++;
                }
            }
        }
        end = pos;
    }

    private void word() {
        int from = pos;
        while (pos < text.length() && isWordPart(text.charAt(pos))) {
            pos++;
        }
        boolean escapeString = pos - from == 1 && (text.charAt(from) == 'E' || text.charAt(from) == 'e')
                && pos < text.length() && text.charAt(pos) == '\'';
        if (escapeString) {
            quoted('\'', true, "E'' string", "close it with ' (write '' or \\' for a quote inside)");
        } else {
            nesting.word(text, from, pos);
        }
    }

    /** Skips a quoted string or identifier starting at {@link #pos}; a doubled quote stands for one quote. */
    private void quoted(char quote, boolean backslashEscapes, String what, String fix) {
        int openLine = line;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\' && pos + 1 < text.length()) {
                pos++;
                advance();
            } else if (c == quote && next() == quote) {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else {
                advance();
            }
        }
        throw unterminated(openLine, what, fix);
    }

    /** A dollar quote {@code $tag$...$tag$}, or a lone {@code $} (as in the parameter {@code $1}). */
    private void dollar() {
        int tagEnd = dollarTagEnd();
        if (tagEnd < 0) {
            pos++;
            return;
        }
        String tag = text.substring(pos, tagEnd);
        int close = text.indexOf(tag, tagEnd);
        if (close < 0) {
            throw unterminated(line, "dollar-quoted string " + tag, "close it with " + tag);
        }
        for (int i = tagEnd; i < close; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = close + tag.length();
    }

    /** End (exclusive) of the dollar-quote tag at {@link #pos}, or -1 when {@code $} does not open one. */
    private int dollarTagEnd() {
        int i = pos + 1;
        if (i < text.length() && isWordStart(text.charAt(i))) {
            while (i < text.length() && isTagPart(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
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

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }

    private char next() {
        return pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    }

    private ScriptException unterminated(int openLine, String what, String fix) {
        return new ScriptException(location, openLine, "unterminated " + what + " starting on this line; " + fix);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
