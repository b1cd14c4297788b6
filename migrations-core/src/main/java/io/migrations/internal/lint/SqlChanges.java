package io.migrations.internal.lint;

import io.migrations.internal.sql.SqlLexer;
import io.migrations.internal.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what one PostgreSQL statement changes, by matching its leading keywords. Statements no rule cares about
 * become {@link Change.Other}; a statement is never rejected, because the database, not the linter, decides what
 * is valid SQL.
 */
final class SqlChanges {

    /** Kinds of object whose CREATE can be written re-runnable ({@code IF NOT EXISTS} or {@code OR REPLACE}). */
    private static final Set<String> GUARDABLE_CREATE = Set.of("sequence", "view", "schema", "extension", "function",
            "procedure", "materialized");
    private static final Set<String> DDL_VERBS = Set.of("create", "alter", "drop", "comment", "grant", "revoke");

    private SqlChanges() {
    }

    /** The changes {@code sql} makes, in order; one {@link Change.Other} for statements no rule looks into. */
    static List<Change> of(String sql) {
        TokenCursor cursor = new TokenCursor(SqlLexer.tokens(sql));
        String verb = cursor.peek().text();
        return switch (verb) {
            case "create" -> create(cursor);
            case "drop" -> drop(cursor);
            case "alter" -> cursor.accept("alter", "table") ? AlterTableChanges.of(cursor) : other(cursor, verb);
            case "update", "delete", "insert", "truncate" -> List.of(data(cursor));
            case "with" -> List.of(withQuery(cursor));
            default -> other(cursor, verb);
        };
    }

    private static List<Change> create(TokenCursor cursor) {
        cursor.accept("create");
        boolean orReplace = cursor.accept("or", "replace");
        cursor.acceptAny("unique", "temporary", "temp", "unlogged");
        if (cursor.accept("index")) {
            return List.of(index(cursor));
        }
        if (cursor.accept("table")) {
            boolean ifNotExists = cursor.accept("if", "not", "exists");
            return List.of(new Change.CreateTable(cursor.name(), ifNotExists));
        }
        String kind = cursor.next().text();
        if (!GUARDABLE_CREATE.contains(kind)) {
            return List.of(new Change.Other(true, false));
        }
        String what = kind.equals("materialized") && cursor.accept("view") ? "materialized view" : kind;
        boolean guarded = orReplace | cursor.accept("if", "not", "exists");
        return List.of(new Change.CreateOrDrop(what + " " + cursor.name(), guarded, false));
    }

    private static Change index(TokenCursor cursor) {
        boolean concurrently = cursor.accept("concurrently");
        boolean ifNotExists = cursor.accept("if", "not", "exists");
        String name = cursor.peekIs("on") ? "" : cursor.name();
        cursor.accept("on");
        cursor.accept("only");
        String table = cursor.name();
        return new Change.CreateIndex(table, name.isEmpty() ? "on " + table : name, concurrently, ifNotExists);
    }

    private static List<Change> drop(TokenCursor cursor) {
        cursor.accept("drop");
        String kind = cursor.next().text();
        if (kind.equals("materialized") || kind.equals("foreign")) {
            kind = kind + " " + cursor.next().text();
        }
        boolean concurrently = cursor.accept("concurrently");
        boolean ifExists = cursor.accept("if", "exists");
        List<String> names = names(cursor);
        if (kind.equals("table")) {
            return names.stream().<Change>map(name -> new Change.DropTable(name, ifExists)).toList();
        }
        String what = kind + " " + String.join(", ", names);
        return List.of(new Change.CreateOrDrop(what, ifExists, concurrently));
    }

    /** Comma-separated names, as in {@code DROP TABLE a, b CASCADE}; argument lists of functions are skipped. */
    private static List<String> names(TokenCursor cursor) {
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.name());
            cursor.parenthesised();
        } while (!cursor.atEnd() && cursor.next().isSymbol(","));
        return names;
    }

    private static Change data(TokenCursor cursor) {
        String verb = cursor.next().text();
        cursor.acceptAny("from", "into", "table");
        cursor.accept("only");
        String table = cursor.name();
        boolean backfill = switch (verb) {
            case "insert" -> cursor.contains("select");
            case "truncate" -> false;
            default -> true;
        };
        return new Change.DataChange(table, verb.toUpperCase(Locale.ROOT), backfill);
    }

    /** {@code WITH ... } runs a data change when its final or inner statements do; the table is not tracked. */
    private static Change withQuery(TokenCursor cursor) {
        for (String verb : List.of("update", "delete", "insert")) {
            if (cursor.contains(verb)) {
                return new Change.DataChange("", verb.toUpperCase(Locale.ROOT), true);
            }
        }
        return new Change.Other(false, false);
    }

    private static List<Change> other(TokenCursor cursor, String verb) {
        boolean concurrently = (verb.equals("reindex") || verb.equals("refresh") || verb.equals("alter"))
                && cursor.contains("concurrently");
        return List.of(new Change.Other(DDL_VERBS.contains(verb), concurrently));
    }
}
