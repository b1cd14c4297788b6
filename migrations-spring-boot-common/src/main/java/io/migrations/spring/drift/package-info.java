/**
 * Drift between the database and its revisions, for the endpoint ({@code migrations.drift.*}).
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.drift;

import org.jspecify.annotations.NullMarked;
