package io.migrations.internal.sql;

import java.util.Arrays;

/**
 * Tracks what makes a semicolon part of a statement rather than its end, as psql does: open parentheses
 * ({@code CREATE RULE ... DO (INSERT ...; INSERT ...)}) and the {@code BEGIN ... END} body of a SQL-standard
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ... END}.
 *
 * <p>A port of the {@code paren_depth}, {@code begin_depth} and {@code identifiers} bookkeeping of
 * PostgreSQL's {@code psqlscan.l}, so files split the same way under psql and here.
 */
final class StatementNesting {

    private static final int TRACKED_WORDS = 4;

    private final char[] leadingWords = new char[TRACKED_WORDS];
    private int wordCount;
    private int parens;
    private int begins;

    /** Starts a new statement. */
    void reset() {
        Arrays.fill(leadingWords, '\0');
        wordCount = 0;
        parens = 0;
        begins = 0;
    }

    void openParen() {
        parens++;
    }

    void closeParen() {
        if (parens > 0) {
            parens--;
        }
    }

    /** Feeds one identifier or keyword, {@code text[from, to)}. */
    void word(String text, int from, int to) {
        if (wordCount < TRACKED_WORDS && isLeadingWord(text, from, to)) {
            leadingWords[wordCount] = Character.toLowerCase(text.charAt(from));
        }
        wordCount++;
        if (parens > 0 || !isRoutineDefinition()) {
            return;
        }
        if (is(text, from, to, "begin")) {
            begins++;
        } else if (begins > 0 && is(text, from, to, "case")) {
            begins++;
        } else if (begins > 0 && is(text, from, to, "end")) {
            begins--;
        }
    }

    /** True when a semicolon here ends the statement. */
    boolean atTopLevel() {
        return parens == 0 && begins == 0;
    }

    /** Open parentheses so far. */
    int openParens() {
        return parens;
    }

    /** Unclosed {@code BEGIN} (or {@code CASE} inside one) so far. */
    int openBlocks() {
        return begins;
    }

    private boolean isRoutineDefinition() {
        char[] w = leadingWords;
        return w[0] == 'c'
                && (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
    }

    private static boolean isLeadingWord(String text, int from, int to) {
        return is(text, from, to, "create") || is(text, from, to, "function") || is(text, from, to, "procedure")
                || is(text, from, to, "or") || is(text, from, to, "replace");
    }

    private static boolean is(String text, int from, int to, String word) {
        return to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
    }
}
