package io.migrations.internal.platform;

import io.migrations.catalog.Catalog;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads the {@link Catalog} of one kind of database. Each database has exactly one. */
public interface CatalogReader {

    /**
     * Reads the schema seen through {@code connection}, leaving the connection's settings and transaction state as
     * they were.
     */
    Catalog read(Connection connection, CatalogScope scope) throws SQLException;
}
