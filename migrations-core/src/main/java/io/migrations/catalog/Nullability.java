package io.migrations.catalog;

/** Whether a column or domain accepts NULL. */
public enum Nullability {
    NULL, NOT_NULL;

    /** {@code NULL} or {@code NOT NULL}, as in DDL. */
    public String sql() {
        return this == NULL ? "NULL" : "NOT NULL";
    }
}
