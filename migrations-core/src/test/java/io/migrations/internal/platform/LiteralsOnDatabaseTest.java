package io.migrations.internal.platform;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.BIGINT;
import static io.migrations.ops.Types.BINARY;
import static io.migrations.ops.Types.BOOLEAN;
import static io.migrations.ops.Types.DATE;
import static io.migrations.ops.Types.DATETIME;
import static io.migrations.ops.Types.DATETIME_TZ;
import static io.migrations.ops.Types.DOUBLE;
import static io.migrations.ops.Types.INTEGER;
import static io.migrations.ops.Types.TEXT;
import static io.migrations.ops.Types.TIME;
import static io.migrations.ops.Types.UUID;
import static io.migrations.ops.Types.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.sql.Statement;
import io.migrations.ops.BulkInsert;
import io.migrations.ops.CreateTable;
import io.migrations.ops.TableElement;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline SQL writes values as literals, online SQL binds them: both must store the same thing. Each value type is
 * inserted once each way on PostgreSQL and H2, and the two rows are compared.
 */
class LiteralsOnDatabaseTest {

    private static final Map<String, Object> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("s", "it's \"quoted\" \\ with a ? and $$");
        VALUES.put("b", true);
        VALUES.put("i", 42);
        VALUES.put("l", 9_000_000_000L);
        VALUES.put("d", new BigDecimal("-12.3400"));
        VALUES.put("f", 1.5e-3);
        VALUES.put("u", java.util.UUID.fromString("6a1f6b1e-8a4b-4d47-9c61-1c0a4f5e9f10"));
        VALUES.put("dt", LocalDate.of(2024, 2, 29));
        VALUES.put("t", LocalTime.of(13, 45, 30, 123_000_000));
        VALUES.put("ts", LocalDateTime.of(2024, 2, 29, 23, 59, 58, 654_321_000));
        VALUES.put("tz", OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.ofHours(2)));
        VALUES.put("bin", new byte[] {0, 1, (byte) 0xff, 0x27});
        VALUES.put("n", null);
    }

    private static final List<TableElement> COLUMNS = List.of(column("id", INTEGER), column("s", TEXT),
            column("b", BOOLEAN), column("i", INTEGER), column("l", BIGINT), column("d", numeric(12, 4)),
            column("f", DOUBLE), column("u", UUID), column("dt", DATE), column("t", TIME), column("ts", DATETIME),
            column("tz", DATETIME_TZ), column("bin", BINARY), column("n", TEXT));

    private static TestDatabase postgres;
    private static final Map<String, Connection> CONNECTIONS = new HashMap<>();

    @BeforeAll
    static void openDatabases() throws SQLException {
        postgres = TestServers.find().createDatabase("LiteralsOnDatabaseTest");
        CONNECTIONS.put("postgresql", postgres.connect());
        CONNECTIONS.put("h2", DriverManager.getConnection("jdbc:h2:mem:LiteralsOnDatabaseTest"));
    }

    @AfterAll
    static void closeDatabases() throws SQLException {
        for (Connection connection : CONNECTIONS.values()) {
            connection.close();
        }
        postgres.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void literalsStoreWhatParametersStore(String dialectName) throws SQLException {
        Database dialect = Databases.byName(dialectName);
        Connection connection = CONNECTIONS.get(dialectName);
        for (Statement statement : dialect.render(CreateTable.of("samples", COLUMNS))) {
            run(connection, statement.sql(), List.of());
        }
        Statement bound = dialect.render(BulkInsert.of("samples", List.of(row(1)))).get(0);
        assertThat(bound.parameters()).hasSize(VALUES.size());
        run(connection, bound.sql(), bound.parameters());
        Statement literal = dialect.render(BulkInsert.of("samples", List.of(row(2)))).get(0);
        run(connection, dialect.inline(literal), List.of());

        List<Object> viaParameters = select(connection, 1);
        List<Object> viaLiterals = select(connection, 2);
        assertThat(viaLiterals).usingRecursiveComparison().isEqualTo(viaParameters);
        assertThat(viaLiterals.get(0)).isEqualTo(VALUES.get("s"));
        assertThat(viaLiterals.get(VALUES.size() - 1)).isNull();
    }

    /**
     * The history row of a batched revision is written with literals: a text with backslashes must read back the same
     * whether or not the server takes backslashes in plain strings literally.
     */
    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void aPostgresqlTextLiteralMeansTheSameWhateverStandardConformingStringsSays(String setting) throws SQLException {
        String text = (String) VALUES.get("s");
        try (java.sql.Statement statement = CONNECTIONS.get("postgresql").createStatement()) {
            statement.execute("SET standard_conforming_strings = " + setting);
            try (ResultSet rs = statement.executeQuery("SELECT " + Databases.POSTGRESQL.literal(text))) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(text);
            } finally {
                statement.execute("RESET standard_conforming_strings");
            }
        }
    }

    private static Map<String, Object> row(int id) {
        Map<String, Object> row = new HashMap<>(VALUES);
        row.put("id", id);
        return row;
    }

    private static List<Object> select(Connection connection, int id) throws SQLException {
        String columns = String.join(", ", VALUES.keySet());
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + columns + " FROM samples WHERE id = ?")) {
            statement.setInt(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= VALUES.size(); i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof OffsetDateTime time ? time.toInstant() : value);
                }
                return values;
            }
        }
    }

    private static void run(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.execute();
        }
    }
}
