/**
 * Micrometer metrics of the runners: the {@code migrations.execution} timer and the pending and applied gauges.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.metrics;

import org.jspecify.annotations.NullMarked;
