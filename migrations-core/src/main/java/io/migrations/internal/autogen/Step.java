package io.migrations.internal.autogen;

import java.util.List;
import java.util.Objects;

/**
 * One generated statement.
 *
 * @param slot   where it goes in the order
 * @param sql    the statement, without its semicolon
 * @param notes  comment lines written above it: {@code review: ...} for a person to read, and
 *               {@code migrations:allow ...} where the lint's advice cannot apply
 */
public record Step(Slot slot, String sql, List<String> notes) {

    public Step {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(sql, "sql");
        notes = List.copyOf(notes);
    }

    /** The statement as written into a revision: its notes as comments, then the statement and its semicolon. */
    public String text() {
        StringBuilder text = new StringBuilder();
        notes.forEach(note -> text.append("-- ").append(note).append('\n'));
        return text.append(sql).append(';').toString();
    }
}
