/**
 * The Spring Boot integration of both Boot generations: {@link io.migrations.spring.MigrationRunner}, its builder,
 * settings, run modes, callbacks and listeners.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring;

import org.jspecify.annotations.NullMarked;
