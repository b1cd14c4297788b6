package io.migrations.internal.render;

import java.util.Locale;

/** Whether the database has a revision; {@link #NONE} when the picture was drawn without a database. */
public enum State {
    /** Drawn without a database. */
    NONE,
    /** The database has it. */
    APPLIED,
    /** An upgrade to the heads would apply it. */
    PENDING,
    /** The database does not have it and an upgrade to the heads would not apply it either. */
    NOT_APPLIED;

    /** The name pictures and the JSON use, e.g. {@code applied}; {@code null} for {@link #NONE}. */
    public String key() {
        return this == NONE ? null : name().replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The word printed on a node; empty for {@link #NONE}. */
    public String word() {
        return switch (this) {
            case NONE -> "";
            case APPLIED -> "applied";
            case PENDING -> "pending";
            case NOT_APPLIED -> "not applied";
        };
    }
}
