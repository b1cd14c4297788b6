/**
 * The annotation and interfaces of Java revisions.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.java;

import org.jspecify.annotations.NullMarked;
