package io.migrations.internal.platform;

import java.util.List;

/**
 * What a catalog read covers.
 *
 * @param schemas  the schemas to read; empty for every user schema
 * @param excluded tables left out with everything that hangs on them: the version and history tables
 */
public record CatalogScope(List<String> schemas, List<TableName> excluded) {

    public CatalogScope {
        schemas = List.copyOf(schemas);
        excluded = List.copyOf(excluded);
    }

    /** Every user schema, nothing excluded. */
    public static CatalogScope everything() {
        return new CatalogScope(List.of(), List.of());
    }

    /** Every user schema, without {@code tables}. */
    public static CatalogScope excluding(List<TableName> tables) {
        return new CatalogScope(List.of(), tables);
    }

    boolean includesSchema(String schema) {
        return schemas.isEmpty() || schemas.contains(schema);
    }
}
