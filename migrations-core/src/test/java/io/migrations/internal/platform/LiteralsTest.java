package io.migrations.internal.platform;

import static io.migrations.ops.Dsl.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.OperationException;
import io.migrations.internal.sql.Statement;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void writesValuesTheSameOnBothDatabasesExceptBinary() {
        for (Database dialect : Databases.all()) {
            assertThat(dialect.literal((Object) null)).isEqualTo("NULL");
            assertThat(dialect.literal((Object) "a'b")).isEqualTo("'a''b'");
            assertThat(dialect.literal('x')).isEqualTo("'x'");
            assertThat(dialect.literal(false)).isEqualTo("FALSE");
            assertThat(dialect.literal((short) 7)).isEqualTo("7");
            assertThat(dialect.literal(new BigInteger("123456789012345678901234567890")))
                    .isEqualTo("123456789012345678901234567890");
            assertThat(dialect.literal(2.5f)).isEqualTo("2.5");
            assertThat(dialect.literal(UUID.fromString("6a1f6b1e-8a4b-4d47-9c61-1c0a4f5e9f10")))
                    .isEqualTo("CAST('6a1f6b1e-8a4b-4d47-9c61-1c0a4f5e9f10' AS UUID)");
            assertThat(dialect.literal(LocalTime.of(9, 5))).isEqualTo("TIME '09:05:00'");
            assertThat(dialect.literal(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("TIMESTAMP '2024-01-02 03:04:05'");
            assertThat(dialect.literal(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)))
                    .isEqualTo("TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00:00'");
            assertThat(dialect.literal(sql("coalesce(?, ?)", null, sql("now()")))).isEqualTo("coalesce(NULL, now())");
        }
        assertThat(Databases.POSTGRESQL.literal(new byte[] {(byte) 0xde, (byte) 0xad})).isEqualTo("'\\xdead'::bytea");
        assertThat(Databases.H2.literal(new byte[] {(byte) 0xde, (byte) 0xad})).isEqualTo("X'dead'");
    }

    @Test
    void refusesValuesWithoutAnSqlLiteral() {
        assertThatThrownBy(() -> Databases.POSTGRESQL.literal(Double.NaN))
                .isInstanceOf(OperationException.class)
                .hasMessageStartingWith("Cannot write NaN as an SQL literal");
        assertThatThrownBy(() -> Databases.H2.literal(new StringBuilder("x")))
                .isInstanceOf(OperationException.class)
                .hasMessageStartingWith("Cannot write a java.lang.StringBuilder as an SQL literal");
    }

    @Test
    void inlinesParametersOnlyAtRealPlaceholders() {
        Statement statement = new Statement("""
                SELECT '?', "?", $q$ ? $q$, E'\\' ?', ? -- ?
                /* ? /* ? */ ? */ FROM t WHERE a = ?""", 3, List.of(1, "two"));
        assertThat(Databases.POSTGRESQL.inline(statement)).isEqualTo("""
                SELECT '?', "?", $q$ ? $q$, E'\\' ?', 1 -- ?
                /* ? /* ? */ ? */ FROM t WHERE a = 'two'""");
        Statement plain = new Statement("SELECT data ? 'k' FROM t", 1);
        assertThat(Databases.H2.inline(plain)).isEqualTo("SELECT data ? 'k' FROM t");
    }
}
