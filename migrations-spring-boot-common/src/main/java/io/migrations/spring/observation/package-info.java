/**
 * Runs and revisions as Micrometer observations, so that they appear in traces (and, through Spring Boot's handlers,
 * as timers).
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.observation;

import org.jspecify.annotations.NullMarked;
