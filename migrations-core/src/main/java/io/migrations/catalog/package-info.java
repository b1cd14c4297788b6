/**
 * A snapshot of a database schema and its differences with another.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.catalog;

import org.jspecify.annotations.NullMarked;
