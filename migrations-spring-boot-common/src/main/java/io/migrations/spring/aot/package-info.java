/**
 * Ahead-of-time processing: the revision locations indexed and hinted for native images.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.aot;

import org.jspecify.annotations.NullMarked;
