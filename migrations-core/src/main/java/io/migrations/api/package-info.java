/**
 * What the facade hands out: results, statuses, reports, settings and typed exceptions.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.api;

import org.jspecify.annotations.NullMarked;
