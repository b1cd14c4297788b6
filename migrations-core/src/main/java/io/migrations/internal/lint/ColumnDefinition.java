package io.migrations.internal.lint;

import io.migrations.internal.sql.SqlLexer;
import io.migrations.internal.sql.Token;
import io.migrations.internal.sql.TokenCursor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the column definition of {@code ALTER TABLE ... ADD [COLUMN]}. */
final class ColumnDefinition {

    /** Serial types fill existing rows from a sequence, like a {@code nextval} default. */
    private static final Set<String> SERIAL_TYPES = Set.of("serial", "bigserial", "smallserial", "serial2",
            "serial4", "serial8");
    /** Words that end a DEFAULT expression: the start of the next column constraint. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("not", "null", "constraint", "check", "unique",
            "primary", "references", "generated", "collate");

    private ColumnDefinition() {
    }

    /** Reads {@code [COLUMN] [IF NOT EXISTS] name type [constraints]} after {@code ADD}. */
    static Change.AddColumn added(String table, TokenCursor action) {
        action.accept("column");
        boolean ifNotExists = action.accept("if", "not", "exists");
        String column = action.name();
        String type = action.peek().text();
        Optional<String> defaultValue = SERIAL_TYPES.contains(type) ? Optional.of("nextval(...)") : Optional.empty();
        boolean notNull = SERIAL_TYPES.contains(type);
        boolean generated = false;
        while (!action.atEnd()) {
            if (action.accept("not", "null") || action.accept("primary", "key")) {
                notNull = true;
            } else if (action.accept("default")) {
                defaultValue = Optional.of(expression(action));
            } else if (action.accept("generated")) {
                generated = true;
            } else {
                action.next();
            }
        }
        return new Change.AddColumn(table, column, notNull, defaultValue, generated, ifNotExists);
    }

    /** The DEFAULT expression's text, up to the next column constraint outside parentheses. */
    private static String expression(TokenCursor action) {
        StringBuilder text = new StringBuilder();
        while (!action.atEnd() && !CONSTRAINT_WORDS.contains(action.peek().text())) {
            if (action.peek().isSymbol("(")) {
                text.append('(').append(join(action.parenthesised())).append(')');
            } else {
                text.append(text.isEmpty() || action.peek().kind() == SqlLexer.Kind.SYMBOL ? "" : " ")
                        .append(action.next().text());
            }
        }
        return text.toString();
    }

    private static String join(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}

