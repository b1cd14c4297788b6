package io.migrations.api;

/**
 * An index PostgreSQL marks invalid ({@code pg_index.indisvalid} false), as a failed
 * {@code CREATE INDEX CONCURRENTLY} leaves it: it is maintained on every write but never used by queries.
 *
 * @param schema  the index's schema
 * @param name    the index's name
 * @param table   the qualified table it is on
 * @param dropSql the statement that removes it without blocking writes to its table
 */
public record InvalidIndex(String schema, String name, String table, String dropSql) {

    /** {@code schema.name on table}. */
    public String describe() {
        return schema + "." + name + " on " + table;
    }
}
