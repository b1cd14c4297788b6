package io.migrations.java.offline;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.BINARY;
import static io.migrations.ops.Types.DATE;
import static io.migrations.ops.Types.DATETIME;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.TEXT;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row written through parameters of every kind that offline SQL must inline, in a statement whose quoted text
 * and comments hold question marks that are no parameters.
 */
@Revision(id = "0ff11e5a1b2c", message = "Notes with every kind of value")
public class NotesWithEveryValue implements Migration {

    /** The text value: a quote, backslashes and a question mark. */
    public static final String BODY = "it's C:\\temp\\new? \\x41";

    @Override
    public void upgrade(Operations op) {
        op.createTable("notes", column("id", INTEGER).primaryKey(), column("body", TEXT), column("kept_on", DATE),
                column("kept_at", DATETIME), column("data", BINARY), column("missing", TEXT), column("mark", TEXT));
        op.execute("INSERT INTO notes (id, body, kept_on, kept_at, data, missing, mark) /* why? */\n"
                + "VALUES (1, ?, ?, ?, ?, ?, '?') -- is ? a parameter? no",
                BODY, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_000_000),
                new byte[] {0, (byte) 0xff, 0x27, 0x5c}, null);
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("notes");
    }
}
