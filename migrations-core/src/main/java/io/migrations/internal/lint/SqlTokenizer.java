package io.migrations.internal.lint;

import io.migrations.internal.lint.Token.Kind;
import io.migrations.internal.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one PostgreSQL statement, from {@link SqlLexer}'s spans without comments and whitespace: strings
 * ({@code '...'}, {@code E'...'}, dollar quotes) are single tokens, so that words inside them never look like keywords;
 * words are lower-cased and quoted identifiers unquoted.
 */
final class SqlTokenizer {

    private SqlTokenizer() {
    }

    /** The tokens of {@code sql}. */
    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        for (SqlLexer.Span span : SqlLexer.spans(sql)) {
            String text = span.in(sql);
            switch (span.kind()) {
                case WORD -> tokens.add(new Token(Kind.WORD, text.toLowerCase(Locale.ROOT)));
                case QUOTED_IDENTIFIER -> tokens.add(new Token(Kind.QUOTED_IDENTIFIER, unquote(text)));
                case STRING -> tokens.add(new Token(Kind.STRING, text));
                case NUMBER -> tokens.add(new Token(Kind.NUMBER, text));
                case SYMBOL -> tokens.add(new Token(Kind.SYMBOL, text));
                case WHITESPACE, COMMENT -> {
                    // not tokens
                }
            }
        }
        return List.copyOf(tokens);
    }

    /** The name inside {@code "…"}, with each doubled quote standing for one. */
    private static String unquote(String quoted) {
        boolean closed = quoted.length() >= 2 && quoted.endsWith("\"");
        return quoted.substring(1, closed ? quoted.length() - 1 : quoted.length()).replace("\"\"", "\"");
    }
}
