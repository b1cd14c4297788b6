/**
 * Health of the migrated databases, the same on every Spring Boot generation.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.health;

import org.jspecify.annotations.NullMarked;
