package io.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;

/** Reads a token list front to back, with the look-ahead the statement readers need. Not thread-safe. */
public final class TokenCursor {

    private final List<Token> tokens;
    private int pos;

    public TokenCursor(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The next token, without consuming it; a blank symbol at the end. */
    public Token peek() {
        return atEnd() ? new Token(SqlLexer.Kind.SYMBOL, "") : tokens.get(pos);
    }

    public Token next() {
        Token token = peek();
        pos = Math.min(pos + 1, tokens.size());
        return token;
    }

    /** Whether the next tokens are the keywords {@code words}, in order. */
    public boolean peekIs(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (pos + i >= tokens.size() || !tokens.get(pos + i).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the keywords {@code words} when they come next; otherwise consumes nothing. */
    public boolean accept(String... words) {
        boolean matches = peekIs(words);
        if (matches) {
            pos += words.length;
        }
        return matches;
    }

    /** Consumes the next token when it is one of {@code words}; returns it, or null. */
    public String acceptAny(String... words) {
        for (String word : words) {
            if (accept(word)) {
                return word;
            }
        }
        return null;
    }

    /**
     * Consumes a possibly qualified name ({@code schema.table}) and returns its last part, folded as PostgreSQL
     * folds it; an empty string when no name comes next.
     */
    public String name() {
        String name = "";
        while (peek().isName()) {
            name = next().text();
            if (!peek().isSymbol(".")) {
                break;
            }
            next();
        }
        return name;
    }

    /** Consumes tokens up to the next comma outside parentheses (the comma too) and returns them. */
    public List<Token> untilComma() {
        List<Token> taken = new ArrayList<>();
        int depth = 0;
        while (!atEnd()) {
            Token token = next();
            if (depth == 0 && token.isSymbol(",")) {
                break;
            }
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            taken.add(token);
        }
        return taken;
    }

    /** Consumes a parenthesised group when one comes next and returns the tokens inside it; else an empty list. */
    public List<Token> parenthesised() {
        if (!peek().isSymbol("(")) {
            return List.of();
        }
        next();
        List<Token> inside = new ArrayList<>();
        int depth = 1;
        while (!atEnd()) {
            Token token = next();
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth == 0) {
                break;
            }
            inside.add(token);
        }
        return inside;
    }

    /** Whether the remaining tokens end with the keywords {@code words}. */
    public boolean endsWith(String... words) {
        int start = tokens.size() - words.length;
        if (start < pos) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(start + i).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether any remaining token is the keyword {@code word}. */
    public boolean contains(String word) {
        return tokens.subList(Math.min(pos, tokens.size()), tokens.size()).stream().anyMatch(t -> t.is(word));
    }
}
