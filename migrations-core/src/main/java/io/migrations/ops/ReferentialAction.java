package io.migrations.ops;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT"),
    RESTRICT("RESTRICT"),
    NO_ACTION("NO ACTION");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as written after {@code ON DELETE} / {@code ON UPDATE}. */
    public String sql() {
        return sql;
    }
}
