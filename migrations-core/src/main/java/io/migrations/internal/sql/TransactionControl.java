package io.migrations.internal.sql;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises statements that end or open a transaction: {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT},
 * {@code END}, {@code ROLLBACK}, {@code ABORT} and {@code PREPARE TRANSACTION} (with {@code COMMIT PREPARED} and
 * {@code ROLLBACK PREPARED}). Inside a revision that runs in one transaction they break its promise: a
 * {@code COMMIT} makes what came before it permanent, so a later failure can no longer roll the revision back.
 *
 * <p>Only a statement's first words count. A {@code BEGIN} or {@code END} inside a function body, a {@code DO}
 * block or a {@code BEGIN ATOMIC} body is part of a larger statement (quoted, or kept whole by the splitter), so it
 * is never one. {@code SAVEPOINT}, {@code RELEASE SAVEPOINT} and {@code ROLLBACK TO SAVEPOINT} work inside the
 * revision's transaction and leave it open, so they are not transaction control here.
 */
public final class TransactionControl {

    private TransactionControl() {
    }

    /** The command {@code sql} starts with, in upper case ({@code "COMMIT"}), when it is transaction control. */
    public static Optional<String> of(String sql) {
        TokenCursor cursor = new TokenCursor(SqlLexer.tokens(sql));
        if (cursor.accept("start", "transaction")) {
            return Optional.of("START TRANSACTION");
        }
        if (cursor.accept("prepare", "transaction")) {
            return Optional.of("PREPARE TRANSACTION");
        }
        String command = cursor.acceptAny("begin", "commit", "end", "rollback", "abort");
        if (command == null || command.equals("rollback") && cursor.peekIs("to")) {
            return Optional.empty();
        }
        return Optional.of(command.toUpperCase(Locale.ROOT));
    }
}
