/**
 * The operations Java revisions record, and the DSL that builds them.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.ops;

import org.jspecify.annotations.NullMarked;
