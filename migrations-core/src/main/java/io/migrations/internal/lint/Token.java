package io.migrations.internal.lint;

/**
 * One lexical token of a SQL statement.
 *
 * @param kind what it is
 * @param text for words the lower-case word, for quoted identifiers the name inside the quotes, otherwise the
 *             token as written
 */
record Token(Kind kind, String text) {

    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL }

    /** Whether this is the unquoted keyword {@code word} (lower case). */
    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    /** Whether this is the punctuation {@code symbol}. */
    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Whether this can name an object: a word or a quoted identifier. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }
}
