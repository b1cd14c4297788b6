package io.migrations.script;

import java.util.Optional;

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
final class SqlScanner {

    /** Receives statements in text order. */
    @FunctionalInterface
    interface Sink {

        void statement(Statement statement);
    }

    /** Receives statements and section markers in text order. */
    interface SectionSink extends Sink {

        void marker(Section section, int line);
    }

    private final String location;
    private final String text;
    private final Sink sink;
    /** Receives markers; null when markers are ordinary comments. */
    private final SectionSink sections;
    private final StatementNesting nesting = new StatementNesting();

    private int line;
    /** Whether the current line has anything but whitespace so far; markers must stand alone. */
    private boolean lineHasContent;
    /** Offset of the pending statement's first character, or -1 when there is none. */
    private int start = -1;
    private int startLine;
    /** Offset just after the pending statement's last significant character. */
    private int end;

    private SqlScanner(String location, String text, int line, Sink sink, SectionSink sections) {
        this.location = location;
        this.text = text;
        this.line = line;
        this.sink = sink;
        this.sections = sections;
    }

    /**
     * Scans all of {@code text}, whose line breaks must already be {@code \n}; marker lines are ordinary comments.
     *
     * @throws ScriptException for an unterminated quote, dollar quote or block comment, an unclosed parenthesis or
     *                         {@code BEGIN}, naming the line where it started
     */
    static void scan(String location, String text, Sink sink) {
        new SqlScanner(location, text, 1, sink, null).run(0);
    }

    /**
     * Scans {@code text} from {@code offset}, which is on 1-based {@code line}, reporting section markers too.
     *
     * @throws ScriptException as {@link #scan(String, String, Sink)}
     */
    static void scanSections(String location, String text, int offset, int line, SectionSink sink) {
        new SqlScanner(location, text, line, sink, sink).run(offset);
    }

    private void run(int offset) {
        SqlLexer.scan(text, offset, this::span);
        flush("the end of the file");
    }

    private void span(SqlLexer.Kind kind, int from, int to, boolean closed) {
        if (!closed) {
            throw unterminated(kind, from);
        }
        switch (kind) {
            case WHITESPACE -> {
                int newlines = newlines(from, to);
                line += newlines;
                lineHasContent &= newlines == 0;
                return;
            }
            case COMMENT -> {
                if (text.startsWith("--", from)) {
                    lineComment(from, to);
                } else {
                    line += newlines(from, to);
                    lineHasContent = true;
                }
                return;
            }
            case STRING, QUOTED_IDENTIFIER -> {
                token(kind, from, to);
                line += newlines(from, to);
            }
            default -> token(kind, from, to);
        }
    }

    private void lineComment(int from, int to) {
        Optional<Section> section = sections != null && !lineHasContent
                ? Section.ofComment(text.substring(from + 2, to))
                : Optional.empty();
        if (section.isPresent()) {
            flush("the marker '" + section.get().marker() + "' on line " + line);
            sections.marker(section.get(), line);
        }
    }

    private void token(SqlLexer.Kind kind, int from, int to) {
        lineHasContent = true;
        char c = text.charAt(from);
        boolean symbol = kind == SqlLexer.Kind.SYMBOL;
        if (symbol && c == ';' && (start < 0 || nesting.atTopLevel())) {
            emit();
            return;
        }
        if (start < 0) {
            start = from;
            startLine = line;
            nesting.reset();
        }
        if (kind == SqlLexer.Kind.WORD) {
            nesting.word(text, from, to);
        } else if (symbol && c == '(') {
            nesting.openParen();
        } else if (symbol && c == ')') {
            nesting.closeParen();
        }
        end = to;
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

    private int newlines(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** The error for a quote or comment that runs to the end of the text, at the line where it opened. */
    private ScriptException unterminated(SqlLexer.Kind kind, int from) {
        char c = text.charAt(from);
        String what;
        String fix;
        if (kind == SqlLexer.Kind.COMMENT) {
            what = "block comment '/*'";
            fix = "close it with '*/' (block comments nest)";
        } else if (kind == SqlLexer.Kind.QUOTED_IDENTIFIER) {
            what = "quoted identifier";
            fix = "close it with \" (write \"\" for a quote inside)";
        } else if (c == '$') {
            String tag = text.substring(from, text.indexOf('$', from + 1) + 1);
            what = "dollar-quoted string " + tag;
            fix = "close it with " + tag;
        } else if (c == '\'') {
            what = "string";
            fix = "close it with ' (write '' for a quote inside)";
        } else {
            what = "E'' string";
            fix = "close it with ' (write '' or \\' for a quote inside)";
        }
        return new ScriptException(location, line, "unterminated " + what + " starting on this line; " + fix);
    }
}
