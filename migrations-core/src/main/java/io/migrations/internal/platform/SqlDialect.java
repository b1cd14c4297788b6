package io.migrations.internal.platform;

import io.migrations.api.OperationException;
import io.migrations.internal.sql.Placeholders;
import io.migrations.internal.sql.Statement;
import io.migrations.ops.ColumnType;
import io.migrations.ops.Operation;
import io.migrations.ops.SqlExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What PostgreSQL and H2 spell alike, with the few differences left to subclasses: reserved words, the name of a
 * type, binary literals and which index features exist. The SQL structure itself is {@link OperationRenderer}'s.
 */
abstract class SqlDialect implements Dialect {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_TZ = new DateTimeFormatterBuilder()
            .append(TIMESTAMP).appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ROOT);

    private final String name;
    private final String displayName;
    private final Set<String> reservedWords;

    SqlDialect(String name, String displayName, Set<String> reservedWords) {
        this.name = name;
        this.displayName = displayName;
        this.reservedWords = reservedWords;
    }

    @Override
    public String name() {
        return name;
    }

    /** The database's own name, for messages. */
    String displayName() {
        return displayName;
    }

    /**
     * Lower-case names that are not reserved stay bare, which both databases read as written (H2 folds them to
     * upper case, as it does for the same names in hand-written SQL); anything else is quoted and kept exact.
     */
    @Override
    public String quoteIdentifier(String identifier) {
        if (PLAIN_IDENTIFIER.matcher(identifier).matches()
                && !reservedWords.contains(identifier.toUpperCase(Locale.ROOT))) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof SqlExpression expression) {
            return expression.isPlain() ? expression.sql()
                    : Placeholders.replace(expression.sql(), expression.parameters(), this::literal);
        }
        if (value instanceof String || value instanceof Character) {
            return literal(value.toString());
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof Number number) {
            return numberLiteral(number);
        }
        if (value instanceof byte[] bytes) {
            return binaryLiteral(bytes);
        }
        return temporalOrUuidLiteral(value);
    }

    private String numberLiteral(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new OperationException("Cannot write " + number + " as an SQL literal; use "
                        + "sql(\"'NaN'::double precision\") or a parameterised execute()");
            }
            return number.toString();
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        throw unsupportedValue(number);
    }

    private String temporalOrUuidLiteral(Object value) {
        if (value instanceof UUID) {
            return "CAST(" + literal(value.toString()) + " AS UUID)";
        }
        if (value instanceof LocalDate date) {
            return "DATE " + literal(date.toString());
        }
        if (value instanceof LocalTime time) {
            return "TIME " + literal(DateTimeFormatter.ISO_LOCAL_TIME.format(time));
        }
        if (value instanceof LocalDateTime dateTime) {
            return "TIMESTAMP " + literal(TIMESTAMP.format(dateTime));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return "TIMESTAMP WITH TIME ZONE " + literal(TIMESTAMP_TZ.format(dateTime));
        }
        throw unsupportedValue(value);
    }

    private static OperationException unsupportedValue(Object value) {
        return new OperationException("Cannot write a " + value.getClass().getName() + " as an SQL literal; use a "
                + "String, number, Boolean, UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, byte[] "
                + "or sql(…)");
    }

    @Override
    public List<Statement> render(Operation operation) {
        return operation.accept(new OperationRenderer(this));
    }

    /** The SQL spelling of {@code type}. */
    String typeName(ColumnType type) {
        if (type instanceof ColumnType.Basic basic) {
            return basicTypeName(basic);
        }
        if (type instanceof ColumnType.Varchar varchar) {
            return "VARCHAR(" + varchar.length() + ")";
        }
        if (type instanceof ColumnType.Numeric numeric) {
            return "NUMERIC(" + numeric.precision() + ", " + numeric.scale() + ")";
        }
        return ((ColumnType.Raw) type).sql();
    }

    /** The SQL spelling of a type without parameters. */
    String basicTypeName(ColumnType.Basic type) {
        return switch (type) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            case DATETIME_TZ -> "TIMESTAMP WITH TIME ZONE";
            case TIME -> "TIME";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case JSONB -> "JSONB";
            case BINARY -> "BYTEA";
        };
    }

    /** A {@code byte[]} as a literal of the binary type. */
    abstract String binaryLiteral(byte[] bytes);

    /** Whether {@code CREATE INDEX … WHERE} exists. */
    abstract boolean supportsPartialIndexes();

    /** Whether indexes can be built and dropped {@code CONCURRENTLY}; where not, they are built the plain way. */
    abstract boolean supportsConcurrentIndexes();

    /** Whether {@code ALTER TABLE t DROP PRIMARY KEY} exists, which does not depend on the key's name. */
    abstract boolean supportsDropPrimaryKey();
}
