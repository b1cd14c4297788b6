/**
 * Testcontainers {@code @ServiceConnection} databases as the database to migrate.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.testcontainers;

import org.jspecify.annotations.NullMarked;
