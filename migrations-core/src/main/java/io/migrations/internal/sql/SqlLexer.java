package io.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one lexer of PostgreSQL text in the project: the statement splitter, the placeholder finder, the engine's
 * pipeline, the linter and the transaction-control check all read SQL through it, so they agree on what hides text.
 *
 * <p>It follows the rules of PostgreSQL's own scanner ({@code scan.l}, and psql's copy {@code psqlscan.l}) with
 * {@code standard_conforming_strings = on}, PostgreSQL's default:
 * <ul>
 *   <li>whitespace is space, tab, line feed, carriage return, form feed and vertical tab only; every other
 *       character above ASCII is an identifier character, as in PostgreSQL;</li>
 *   <li>{@code --} comments run to the end of the line, {@code /* *}{@code /} comments nest;</li>
 *   <li>{@code '…'} strings double a quote inside and take backslashes literally; {@code E'…'} strings also
 *       escape with a backslash; {@code U&'…'}, {@code B'…'}, {@code X'…'} and {@code N'…'} are strings whose prefix
 *       belongs to them; two string pieces separated by whitespace holding a line break are one string, and the
 *       later pieces keep the first one's escaping;</li>
 *   <li>{@code "…"} and {@code U&"…"} are quoted identifiers, doubling a quote inside;</li>
 *   <li>{@code $tag$…$tag$} is a dollar-quoted string, where the tag is empty or an identifier without {@code $}
 *       that does not start with a digit; {@code $1} is a parameter; a {@code $} inside a word belongs to the
 *       word ({@code a$b$});</li>
 *   <li>numbers take the identifier characters that follow them ({@code 1e}, {@code 0x1F}), as PostgreSQL 15+
 *       reads them as one (junk) token; everything else is a one-character symbol, apart from {@code ::}.</li>
 * </ul>
 *
 * <p>The lexer hands each token to a {@link Sink} as offsets, without allocating, so that the splitter reads a file
 * in one pass; {@link #spans(String)} and {@link #tokens(String)} collect them for the readers of single statements.
 */
public final class SqlLexer {

    /** What a span is. */
    public enum Kind { WHITESPACE, COMMENT, STRING, QUOTED_IDENTIFIER, WORD, NUMBER, PARAMETER, SYMBOL }

    /** Receives the spans of a text in order; together they cover it without gaps. */
    @FunctionalInterface
    public interface Sink {

        /** The span {@code [start, end)} of the text. */
        void token(Kind kind, int start, int end);

        /**
         * A string, quoted identifier or block comment that the text ends inside, {@code [start, end)} with
         * {@code end} the text's length; by default an ordinary span.
         */
        default void unterminated(Kind kind, int start, int end) {
            token(kind, start, end);
        }
    }

    /**
     * A piece of the text.
     *
     * @param kind  what it is; a prefixed string such as {@code E'…'} starts at its prefix
     * @param start offset of its first character
     * @param end   offset after its last character
     */
    public record Span(Kind kind, int start, int end) {

        /** The span's text as written. */
        public String in(String sql) {
            return sql.substring(start, end);
        }
    }

    private final String sql;
    private final Sink sink;
    private int pos;

    private SqlLexer(String sql, int from, Sink sink) {
        this.sql = sql;
        this.sink = sink;
        this.pos = from;
    }

    /** Hands the spans of {@code sql} from offset {@code from} to the end to {@code sink}, in order. */
    public static void lex(String sql, int from, Sink sink) {
        new SqlLexer(sql, from, sink).run();
    }

    /** The spans of {@code sql}, covering it from start to end; an unterminated quote or comment runs to the end. */
    public static List<Span> spans(String sql) {
        List<Span> spans = new ArrayList<>();
        lex(sql, 0, (kind, start, end) -> spans.add(new Span(kind, start, end)));
        return List.copyOf(spans);
    }

    /** The tokens of {@code sql}: its spans without whitespace and comments, words lower-cased and names unquoted. */
    public static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        lex(sql, 0, (kind, start, end) -> {
            switch (kind) {
                case WHITESPACE, COMMENT -> {
                    // not tokens
                }
                case WORD -> tokens.add(new Token(kind, sql.substring(start, end).toLowerCase(Locale.ROOT)));
                case QUOTED_IDENTIFIER -> tokens.add(new Token(kind, unquote(sql.substring(start, end))));
                default -> tokens.add(new Token(kind, sql.substring(start, end)));
            }
        });
        return List.copyOf(tokens);
    }

    private void run() {
        while (pos < sql.length()) {
            int start = pos;
            Kind kind = next(sql.charAt(pos));
            if (kind != null) {
                sink.token(kind, start, pos);
            }
        }
    }

    /** Moves {@link #pos} past the span starting at it and says what it was; null when it was reported already. */
    private Kind next(char c) {
        if (isSpace(c)) {
            do {
                pos++;
            } while (pos < sql.length() && isSpace(sql.charAt(pos)));
            return Kind.WHITESPACE;
        }
        char following = at(pos + 1);
        if (c == '-' && following == '-') {
            pos = lineEnd(pos);
            return Kind.COMMENT;
        }
        if (c == '/' && following == '*') {
            return blockComment();
        }
        if (c == '\'') {
            return string(pos, false);
        }
        if (c == '"') {
            return quotedIdentifier(pos);
        }
        if (c == '$') {
            return dollar();
        }
        if (isIdentifierStart(c)) {
            return word(c, following);
        }
        if (isDigit(c) || c == '.' && isDigit(following)) {
            number();
            return Kind.NUMBER;
        }
        pos += c == ':' && following == ':' ? 2 : 1;
        return Kind.SYMBOL;
    }

    private Kind blockComment() {
        int start = pos;
        int depth = 0;
        do {
            if (pos >= sql.length()) {
                sink.unterminated(Kind.COMMENT, start, pos);
                return null;
            }
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        } while (depth > 0);
        return Kind.COMMENT;
    }

    /**
     * A string whose opening quote is at {@link #pos}, {@code start} being where its prefix begins, with the pieces
     * that continue it; {@code backslashEscapes} for {@code E'…'}.
     */
    private Kind string(int start, boolean backslashEscapes) {
        while (true) {
            pos++;
            if (!closeQuote('\'', backslashEscapes)) {
                sink.unterminated(Kind.STRING, start, pos);
                return null;
            }
            int continuation = continuation(pos);
            if (continuation < 0) {
                return Kind.STRING;
            }
            pos = continuation;
        }
    }

    private Kind quotedIdentifier(int start) {
        pos++;
        if (!closeQuote('"', false)) {
            sink.unterminated(Kind.QUOTED_IDENTIFIER, start, pos);
            return null;
        }
        return Kind.QUOTED_IDENTIFIER;
    }

    /** Moves past the closing {@code quote}; a doubled quote stands for one. False when the text ends first. */
    private boolean closeQuote(char quote, boolean backslashEscapes) {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos = Math.min(pos + 2, sql.length());
            } else if (c == quote && at(pos + 1) == quote) {
                pos += 2;
            } else {
                pos++;
                if (c == quote) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a string that ended just before {@code from} continues: the offset of the quote that opens the next
     * piece, when only whitespace and {@code --} comments holding a line break come between; else -1.
     */
    private int continuation(int from) {
        int i = from;
        while (i < sql.length() && !isNewline(sql.charAt(i))) {
            char c = sql.charAt(i);
            if (c == '-' && at(i + 1) == '-') {
                i = lineEnd(i);
            } else if (isSpace(c)) {
                i++;
            } else {
                return -1;
            }
        }
        if (i >= sql.length()) {
            return -1;
        }
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '-' && at(i + 1) == '-' && lineEnd(i) < sql.length()) {
                i = lineEnd(i) + 1;
            } else {
                return c == '\'' ? i : -1;
            }
        }
        return -1;
    }

    /** A dollar-quoted string, a parameter ({@code $1}), or a lone {@code $}. */
    private Kind dollar() {
        int start = pos;
        if (isDigit(at(pos + 1))) {
            pos++;
            number();
            return Kind.PARAMETER;
        }
        int tagEnd = pos + 1;
        if (isIdentifierStart(at(tagEnd))) {
            while (tagEnd < sql.length() && isTagPart(sql.charAt(tagEnd))) {
                tagEnd++;
            }
        }
        if (at(tagEnd) != '$') {
            pos++;
            return Kind.SYMBOL;
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            pos = sql.length();
            sink.unterminated(Kind.STRING, start, pos);
            return null;
        }
        pos = close + tag.length();
        return Kind.STRING;
    }

    /** A word, or a string with a one-letter prefix ({@code E'…'}, {@code B'…'}, {@code U&'…'}, {@code U&"…"}). */
    private Kind word(char c, char following) {
        int start = pos;
        char letter = Character.toLowerCase(c);
        if (following == '\'' && (letter == 'e' || letter == 'b' || letter == 'x' || letter == 'n')) {
            pos++;
            return string(start, letter == 'e');
        }
        if (letter == 'u' && following == '&' && (at(pos + 2) == '\'' || at(pos + 2) == '"')) {
            pos += 2;
            return at(pos) == '\'' ? string(start, false) : quotedIdentifier(start);
        }
        do {
            pos++;
        } while (pos < sql.length() && isIdentifierPart(sql.charAt(pos)));
        return Kind.WORD;
    }

    /**
     * Past a number at {@link #pos}: digits (with {@code _} separators), a fraction unless {@code ..} follows (as in
     * {@code 1..10}), an exponent, and any identifier characters stuck to it.
     */
    private void number() {
        skipDigits();
        if (at(pos) == '.' && at(pos + 1) != '.') {
            pos++;
            skipDigits();
        }
        char sign = at(pos + 1);
        if ((at(pos) == 'e' || at(pos) == 'E')
                && (isDigit(sign) || (sign == '+' || sign == '-') && isDigit(at(pos + 2)))) {
            pos += isDigit(sign) ? 1 : 2;
            skipDigits();
        }
        while (pos < sql.length() && isIdentifierPart(sql.charAt(pos))) {
            pos++;
        }
    }

    private void skipDigits() {
        while (pos < sql.length() && (isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
            pos++;
        }
    }

    /** The offset of the line break ending the line at {@code from}, or the text's length. */
    private int lineEnd(int from) {
        for (int i = from; i < sql.length(); i++) {
            if (isNewline(sql.charAt(i))) {
                return i;
            }
        }
        return sql.length();
    }

    private char at(int index) {
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    /** The name inside {@code "…"} or {@code U&"…"}, with each doubled quote standing for one. */
    private static String unquote(String quoted) {
        int open = quoted.indexOf('"');
        boolean closed = quoted.length() > open + 1 && quoted.endsWith("\"");
        return quoted.substring(open + 1, closed ? quoted.length() - 1 : quoted.length()).replace("\"\"", "\"");
    }

    /** PostgreSQL's whitespace; Unicode spaces are identifier characters to it. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '\u0080';
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isTagPart(c) || c == '$';
    }
}
