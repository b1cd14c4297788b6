/**
 * Tenants: the schemas of the application's database that each hold their own copy of the revisions, migrated as a
 * fleet at startup and reported by the endpoint and health.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.tenants;

import org.jspecify.annotations.NullMarked;
