package io.migrations.internal.autogen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a model database to the form that its own definitions build. PostgreSQL does not always print an expression
 * the way it reads it back: {@code CHECK (s IN ('A', 'B'))} on a {@code varchar} column, as Hibernate writes one for an
 * enum, prints as {@code s::text = ANY ((ARRAY['A'::character varying, ...])::text[])}, and that text, applied again
 * (as a generated revision applies it), prints as {@code s::text = ANY (ARRAY[('A'::character varying)::text, ...])}.
 * Creating check constraints and partial or expression indexes once more from their printed definitions gives what
 * the revisions will build, so that a model and the revisions generated from it compare equal. Comments are kept.
 */
final class CanonicalForms {

    private static final String USER_OBJECT = "NOT EXISTS (SELECT FROM pg_depend e WHERE e.objid = %s AND e.deptype = 'e') "
            + "AND %s NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)";

    /**
     * Table checks of their own (not inherited), domain checks, and partial or expression indexes (not those of a
     * constraint, a partition, a tablespace or {@code CLUSTER}): each row holds up to three statements for one.
     */
    private static final List<String> QUERIES = List.of("""
            SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I, ADD CONSTRAINT %%I %%s', c.conrelid::regclass, c.conname,
                          c.conname, pg_get_constraintdef(c.oid)),
                   NULL,
                   CASE WHEN d.description IS NOT NULL THEN format('COMMENT ON CONSTRAINT %%I ON %%s IS %%L', c.conname,
                                                                   c.conrelid::regclass, d.description) END
            FROM pg_constraint c
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_constraint'::regclass
            WHERE c.contype = 'c' AND c.conrelid <> 0 AND c.conislocal AND c.coninhcount = 0 AND %s
            """.formatted(USER_OBJECT.formatted("c.oid", "c.connamespace")), """
            SELECT format('ALTER DOMAIN %%s DROP CONSTRAINT %%I', c.contypid::regtype, c.conname),
                   format('ALTER DOMAIN %%s ADD CONSTRAINT %%I %%s', c.contypid::regtype, c.conname,
                          pg_get_constraintdef(c.oid)),
                   CASE WHEN d.description IS NOT NULL THEN format('COMMENT ON CONSTRAINT %%I ON DOMAIN %%s IS %%L',
                                                                   c.conname, c.contypid::regtype, d.description) END
            FROM pg_constraint c
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_constraint'::regclass
            WHERE c.contype = 'c' AND c.contypid <> 0 AND %s
            """.formatted(USER_OBJECT.formatted("c.oid", "c.connamespace")), """
            SELECT format('DROP INDEX %%s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid),
                   CASE WHEN d.description IS NOT NULL THEN format('COMMENT ON INDEX %%s IS %%L', i.indexrelid::regclass,
                                                                   d.description) END
            FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_class x ON x.oid = i.indexrelid
            LEFT JOIN pg_description d ON d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass
            WHERE (i.indpred IS NOT NULL OR i.indexprs IS NOT NULL) AND t.relkind IN ('r', 'm') AND NOT i.indisclustered
              AND x.reltablespace = 0
              AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
              AND NOT EXISTS (SELECT FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
              AND %s
            """.formatted(USER_OBJECT.formatted("i.indexrelid", "t.relnamespace")));

    private CanonicalForms() {
    }

    /** Rewrites the checks and indexes of the database of {@code connection}, in one transaction. */
    static void apply(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement query = connection.createStatement()) {
            for (String sql : QUERIES) {
                try (ResultSet rows = query.executeQuery(sql)) {
                    while (rows.next()) {
                        for (int column = 1; column <= 3; column++) {
                            if (rows.getString(column) != null) {
                                statements.add(rows.getString(column));
                            }
                        }
                    }
                }
            }
        }
        if (statements.isEmpty()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement batch = connection.createStatement()) {
            for (String statement : statements) {
                batch.addBatch(statement);
            }
            batch.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
