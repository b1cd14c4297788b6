package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.Objects;

/**
 * A column's data type, independent of the database; each dialect renders it.
 * Use the constants and factories of {@link Types}.
 */
public sealed interface ColumnType permits ColumnType.Basic, ColumnType.Varchar, ColumnType.Numeric, ColumnType.Raw {

    /** True for the integer types, the only ones that may be identity columns. */
    default boolean isInteger() {
        return this == Basic.INTEGER || this == Basic.BIGINT || this == Basic.SMALLINT;
    }

    /** Types without parameters. */
    enum Basic implements ColumnType {
        INTEGER, BIGINT, SMALLINT, TEXT, BOOLEAN, FLOAT, DOUBLE, DATE, DATETIME, DATETIME_TZ, TIME, UUID, JSON, JSONB,
        BINARY
    }

    /** A string of at most {@code length} characters. */
    record Varchar(int length) implements ColumnType {
        public Varchar {
            if (length < 1) {
                throw new OperationException("string(" + length + "): the length must be at least 1; use TEXT for "
                        + "strings without a limit");
            }
        }
    }

    /** An exact number with {@code precision} digits, {@code scale} of them after the decimal point. */
    record Numeric(int precision, int scale) implements ColumnType {
        public Numeric {
            if (precision < 1 || scale < 0 || scale > precision) {
                throw new OperationException("numeric(" + precision + ", " + scale + "): the precision must be at "
                        + "least 1 and the scale between 0 and the precision");
            }
        }
    }

    /** A database-specific type written as is, e.g. {@code CITEXT} or {@code INTEGER[]}. */
    record Raw(String sql) implements ColumnType {
        public Raw {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new OperationException("raw(\"\"): give the type as the database spells it, "
                        + "e.g. raw(\"CITEXT\")");
            }
        }
    }
}
