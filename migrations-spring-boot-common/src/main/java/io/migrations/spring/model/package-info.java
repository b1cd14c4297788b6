/**
 * The model check: the migrated database compared with the schema it should have (a SQL file or JPA entities).
 *
 * <p>Nothing here is null unless marked {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package io.migrations.spring.model;

import org.jspecify.annotations.NullMarked;
