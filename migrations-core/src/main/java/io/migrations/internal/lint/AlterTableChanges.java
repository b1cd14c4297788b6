package io.migrations.internal.lint;

import io.migrations.internal.lint.Change.ConstraintKind;
import io.migrations.internal.sql.SqlLexer;
import io.migrations.internal.sql.Token;
import io.migrations.internal.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The actions of one {@code ALTER TABLE} statement, each read into a change. */
final class AlterTableChanges {

    private AlterTableChanges() {
    }

    /** Reads the statement after {@code ALTER TABLE}: the table name, then comma-separated actions. */
    static List<Change> of(TokenCursor cursor) {
        cursor.accept("if", "exists");
        cursor.accept("only");
        String table = cursor.name();
        cursor.accept("*");
        if (cursor.accept("rename", "to")) {
            return List.of(new Change.RenameTable(table, cursor.name()));
        }
        List<Change> changes = new ArrayList<>();
        while (!cursor.atEnd()) {
            changes.add(action(table, new TokenCursor(cursor.untilComma())));
        }
        return changes;
    }

    private static Change action(String table, TokenCursor action) {
        if (action.accept("add")) {
            return isConstraint(action) ? constraint(table, action) : ColumnDefinition.added(table, action);
        }
        if (action.accept("drop")) {
            return dropColumn(table, action);
        }
        if (action.accept("alter")) {
            return alterColumn(table, action);
        }
        if (action.accept("rename")) {
            return rename(table, action);
        }
        if (action.accept("validate", "constraint")) {
            return new Change.ValidateConstraint(table, action.name());
        }
        return new Change.Other(true, action.contains("concurrently"));
    }

    private static boolean isConstraint(TokenCursor action) {
        return action.peekIs("constraint") || action.peekIs("primary") || action.peekIs("unique")
                || action.peekIs("check") || action.peekIs("foreign") || action.peekIs("exclude");
    }

    private static Change constraint(String table, TokenCursor action) {
        Optional<String> name = action.accept("constraint") ? Optional.of(action.name()) : Optional.empty();
        boolean notValid = action.endsWith("not", "valid");
        String keyword = action.next().text();
        ConstraintKind kind = switch (keyword) {
            case "primary" -> ConstraintKind.PRIMARY_KEY;
            case "unique" -> ConstraintKind.UNIQUE;
            case "check" -> ConstraintKind.CHECK;
            case "foreign" -> ConstraintKind.FOREIGN_KEY;
            default -> ConstraintKind.EXCLUDE;
        };
        List<String> notNull = kind == ConstraintKind.CHECK ? notNullColumns(action.parenthesised()) : List.of();
        return new Change.AddConstraint(table, name, kind, notValid, notNull);
    }

    /** Columns a check condition tests with {@code col IS NOT NULL}. */
    static List<String> notNullColumns(List<Token> condition) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i + 3 < condition.size(); i++) {
            if (condition.get(i).isName() && condition.get(i + 1).is("is") && condition.get(i + 2).is("not")
                    && condition.get(i + 3).is("null")) {
                columns.add(condition.get(i).text());
            }
        }
        return columns;
    }

    private static Change dropColumn(String table, TokenCursor action) {
        if (action.peekIs("constraint") || action.peekIs("default")) {
            return new Change.Other(true, false);
        }
        action.accept("column");
        boolean ifExists = action.accept("if", "exists");
        return new Change.DropColumn(table, action.name(), ifExists);
    }

    private static Change alterColumn(String table, TokenCursor action) {
        action.accept("column");
        String column = action.name();
        if (action.accept("type") || action.accept("set", "data", "type")) {
            return new Change.AlterColumnType(table, column, typeName(action));
        }
        if (action.accept("set", "not", "null")) {
            return new Change.SetNotNull(table, column);
        }
        return new Change.Other(true, false);
    }

    /** The type up to {@code USING} or {@code COLLATE}, e.g. {@code numeric(12,2)}. */
    private static String typeName(TokenCursor action) {
        StringBuilder type = new StringBuilder();
        while (!action.atEnd() && !action.peekIs("using") && !action.peekIs("collate")) {
            Token token = action.next();
            boolean glued = token.kind() == SqlLexer.Kind.SYMBOL || type.isEmpty()
                    || type.charAt(type.length() - 1) == '(' || type.charAt(type.length() - 1) == ',';
            type.append(glued ? "" : " ").append(token.text());
        }
        return type.toString();
    }

    private static Change rename(String table, TokenCursor action) {
        if (action.peekIs("constraint")) {
            return new Change.Other(true, false);
        }
        action.accept("column");
        String column = action.name();
        action.accept("to");
        return new Change.RenameColumn(table, column, action.name());
    }
}
