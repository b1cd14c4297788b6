package io.migrations.ops;

/** How an identity column generates its values ({@code GENERATED … AS IDENTITY}). */
public enum Identity {
    /** The database generates a value unless the insert gives one, like {@code SERIAL}; what autoincrement means. */
    BY_DEFAULT("BY DEFAULT"),
    /** The database always generates the value; inserting one is an error. */
    ALWAYS("ALWAYS");

    private final String sql;

    Identity(String sql) {
        this.sql = sql;
    }

    /** The keyword(s) between {@code GENERATED} and {@code AS IDENTITY}. */
    public String sql() {
        return sql;
    }
}
