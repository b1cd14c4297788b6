/**
 * The read-only web console of the revision graph ({@code migrations.console.*}).
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.console;

import org.jspecify.annotations.NullMarked;
