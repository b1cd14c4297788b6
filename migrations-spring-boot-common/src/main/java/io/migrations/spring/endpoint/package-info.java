/**
 * The {@code migrations} Actuator endpoint: each runner's database, revisions, history, drift and model check.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.endpoint;

import org.jspecify.annotations.NullMarked;
