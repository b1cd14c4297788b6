package io.migrations.internal.sql;

import io.migrations.internal.sql.SqlLexer.Kind;

/**
 * One significant token of a SQL statement, as {@link SqlLexer#tokens(String)} hands it out.
 *
 * @param kind what it is; never whitespace or a comment
 * @param text for words the lower-case word, for quoted identifiers the name inside the quotes, otherwise the
 *             token as written
 */
public record Token(Kind kind, String text) {

    /** Whether this is the unquoted keyword {@code word} (lower case). */
    public boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    /** Whether this is the punctuation {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this can name an object: a word or a quoted identifier. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }
}
