/**
 * Docker Compose PostgreSQL services as the database to migrate.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.docker;

import org.jspecify.annotations.NullMarked;
