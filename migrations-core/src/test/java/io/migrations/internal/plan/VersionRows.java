package io.migrations.internal.plan;

import java.util.List;

/**
 * A version table as the oracle models it: rows in table order, an insert appends, an update moves the row to
 * the end (as PostgreSQL's heap order does), a delete removes it.
 */
final class VersionRows {

    private VersionRows() {
    }

    static void apply(List<String> rows, List<VersionOp> ops) {
        for (VersionOp op : ops) {
            if (op instanceof VersionOp.Insert insert) {
                rows.add(insert.revision());
            } else if (op instanceof VersionOp.Delete delete) {
                rows.remove(delete.revision());
            } else if (op instanceof VersionOp.Update update) {
                rows.remove(update.from());
                rows.add(update.to());
            }
        }
    }

    static String describe(VersionOp op) {
        if (op instanceof VersionOp.Insert insert) {
            return "I." + insert.revision();
        }
        if (op instanceof VersionOp.Delete delete) {
            return "D." + delete.revision();
        }
        VersionOp.Update update = (VersionOp.Update) op;
        return "U." + update.from() + "." + update.to();
    }
}
