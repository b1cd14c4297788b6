package io.migrations.internal.fleet;

import io.migrations.internal.connect.DatabaseUrl;

/**
 * One member of a fleet: a schema of the fleet's database, or a database of its own.
 *
 * @param schema the schema, or null for a database target
 * @param url    the database URL of a database target, or null for a schema target
 */
public record FleetTarget(String schema, String url) {

    public static FleetTarget schema(String schema) {
        return new FleetTarget(schema, null);
    }

    public static FleetTarget database(String url) {
        return new FleetTarget(null, url);
    }

    /** How output and the report name it: the schema, or the URL with its password masked. */
    public String label() {
        return schema != null ? schema : DatabaseUrl.mask(url);
    }
}
