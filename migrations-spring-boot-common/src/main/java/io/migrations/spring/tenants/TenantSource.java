package io.migrations.spring.tenants;

import java.util.List;

/**
 * The tenants of the application: schemas of its database, each with its own version and history tables, migrated
 * with the application's revisions. Define a bean of this type (or set {@code migrations.tenants.schemas-query}) to
 * migrate every tenant at startup. Called at startup and by each read of the endpoint and health.
 */
@FunctionalInterface
public interface TenantSource {

    /**
     * The tenants' schema names, in the order to migrate them, exact (case counts). Each has letters, digits,
     * {@code _}, {@code $} and {@code -} only, starts with a letter, a digit or {@code _}, takes at most 63 bytes and is
     * not a system schema; any other name stops the run before any tenant is migrated.
     */
    List<String> schemas();
}
