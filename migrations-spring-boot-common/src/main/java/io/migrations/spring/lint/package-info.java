/**
 * Lints the revisions when the application starts ({@code migrations.lint.*}).
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.lint;

import org.jspecify.annotations.NullMarked;
