package io.migrations.lint;

import io.migrations.lint.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one PostgreSQL statement into tokens, dropping comments and whitespace. Strings ({@code '...'},
 * {@code E'...'}, dollar quotes) become single tokens, so that words inside them never look like keywords.
 * The statement has already been split and checked by the script loader, so unterminated quotes simply end at the
 * end of the text.
 */
final class SqlTokenizer {

    private final String sql;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SqlTokenizer(String sql) {
        this.sql = sql;
    }

    /** The tokens of {@code sql}. */
    static List<Token> tokenize(String sql) {
        SqlTokenizer tokenizer = new SqlTokenizer(sql);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                pos = endOf(sql.indexOf('\n', pos));
            } else if (sql.startsWith("/*", pos)) {
                blockComment();
            } else if (c == '\'') {
                quoted('\'', Kind.STRING, pos, false);
            } else if (c == '"') {
                quoted('"', Kind.QUOTED_IDENTIFIER, pos, false);
            } else if (c == '$' && dollarTagEnd() > 0) {
                dollarQuoted();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else if (Character.isDigit(c)) {
                number();
            } else {
                symbol(c);
            }
        }
    }

    private void blockComment() {
        int depth = 0;
        do {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
            } else {
                pos++;
            }
        } while (depth > 0 && pos < sql.length());
    }

    /** A quoted token from {@code start}; its opening quote is at {@link #pos}. */
    private void quoted(char quote, Kind kind, int start, boolean backslashEscapes) {
        StringBuilder content = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\' && pos + 1 < sql.length()) {
                content.append(c).append(sql.charAt(pos + 1));
                pos += 2;
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                content.append(quote);
                pos += 2;
            } else if (c == quote) {
                pos++;
                break;
            } else {
                content.append(c);
                pos++;
            }
        }
        tokens.add(new Token(kind, kind == Kind.QUOTED_IDENTIFIER ? content.toString() : sql.substring(start, pos)));
    }

    private void dollarQuoted() {
        int tagEnd = dollarTagEnd();
        String tag = sql.substring(pos, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        int end = close < 0 ? sql.length() : close + tag.length();
        tokens.add(new Token(Kind.STRING, sql.substring(pos, end)));
        pos = end;
    }

    /** End (exclusive) of a dollar-quote tag at {@link #pos}, or -1 when {@code $} does not open one ({@code $1}). */
    private int dollarTagEnd() {
        int i = pos + 1;
        if (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                i++;
            }
        }
        return i < sql.length() && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private void word() {
        int start = pos;
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
                || sql.charAt(pos) == '$')) {
            pos++;
        }
        boolean escapeString = pos - start == 1 && pos < sql.length() && sql.charAt(pos) == '\''
                && Character.toLowerCase(sql.charAt(start)) == 'e';
        if (escapeString) {
            quoted('\'', Kind.STRING, start, true);
        } else {
            tokens.add(new Token(Kind.WORD, sql.substring(start, pos).toLowerCase(Locale.ROOT)));
        }
    }

    private void number() {
        int start = pos;
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        tokens.add(new Token(Kind.NUMBER, sql.substring(start, pos)));
    }

    private void symbol(char c) {
        boolean cast = c == ':' && pos + 1 < sql.length() && sql.charAt(pos + 1) == ':';
        tokens.add(new Token(Kind.SYMBOL, cast ? "::" : String.valueOf(c)));
        pos += cast ? 2 : 1;
    }

    private int endOf(int index) {
        return index < 0 ? sql.length() : index;
    }
}
