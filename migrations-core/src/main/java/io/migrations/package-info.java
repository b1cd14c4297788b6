/**
 * The facade {@link io.migrations.Migrations}, its configuration and the revisions it reads.
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations;

import org.jspecify.annotations.NullMarked;
