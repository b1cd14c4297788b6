package io.migrations.internal.fleet;

import io.migrations.api.SettingException;
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
 * The schema names of a fleet. They must be plain identifiers: anything else (a quote, a semicolon, a space) is
 * refused before any target runs, and the names that pass are still always quoted by the server wherever SQL uses
 * them.
 */
public final class SchemaNames {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

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
     * @throws SettingException when a name is not a plain identifier
     */
    public static List<String> validate(Collection<String> names, String source) {
        LinkedHashSet<String> schemas = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                throw new SettingException("A schema name is NULL; it came from " + source + ". No target was run.");
            }
            String schema = name.strip();
            if (!PLAIN_IDENTIFIER.matcher(schema).matches()) {
                throw new SettingException("Schema name '" + schema + "' is not a plain identifier (a letter or _, then "
                        + "letters, digits, _ or $; at most 63); it came from " + source + ". No target was run.");
            }
            schemas.add(schema);
        }
        return List.copyOf(schemas);
    }
}
