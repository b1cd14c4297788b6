package io.migrations.internal.fleet;

import io.migrations.api.SettingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The schema names of a fleet: letters of any alphabet, digits, {@code _}, {@code $} and {@code -} (tenant slugs such
 * as {@code acme-eu} are common), starting with a letter, a digit or {@code _}, at most 63 bytes. Anything else (a
 * quote, a semicolon, a space, a parenthesis) is refused before any target runs, and so are the system's own schemas.
 * The names that pass are still always quoted wherever SQL uses them, so case counts: {@code Acme} is not
 * {@code acme}.
 */
public final class SchemaNames {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{Nd}_][\\p{L}\\p{M}\\p{Nd}_$-]*");

    /** PostgreSQL cuts a longer name to this many bytes, which would name another schema than the one given. */
    private static final int MAX_BYTES = 63;

    private SchemaNames() {
    }

    /**
     * The first column of the rows {@code sql} returns on {@code database}: schema names, still to validate. The query
     * runs in a read-only transaction that is rolled back, so that a statement given by mistake (a {@code DELETE …
     * RETURNING}, say) changes nothing.
     */
    public static List<String> query(DataSource database, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean readOnly = connection.isReadOnly();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(readOnly);
                connection.setAutoCommit(autoCommit);
            }
        }
        return names;
    }

    /**
     * The names stripped, in the order given, without repeats.
     *
     * @param source where the names came from, for the error, e.g. {@code --schemas-query}
     * @throws SettingException when a name has other characters, is too long or is a system schema
     */
    public static List<String> validate(Collection<String> names, String source) {
        LinkedHashSet<String> schemas = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                throw new SettingException("A schema name is NULL; it came from " + source + ". No target was run.");
            }
            String schema = name.strip();
            if (!NAME.matcher(schema).matches() || schema.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw new SettingException("Schema name '" + schema + "' is refused: a schema target's name has "
                        + "letters, digits, _, $ and - only, starts with a letter, a digit or _, and takes at most "
                        + MAX_BYTES + " bytes; it came from " + source + ". No target was run.");
            }
            if (schema.startsWith("pg_") || schema.equals("information_schema")) {
                throw new SettingException("Schema name '" + schema + "' is refused: it is one of the database's own "
                        + "schemas, not a tenant's; it came from " + source + ". No target was run.");
            }
            schemas.add(schema);
        }
        return List.copyOf(schemas);
    }
}
