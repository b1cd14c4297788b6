package io.migrations.ops;

/**
 * Column types for {@link Dsl#column(String, ColumnType)}, meant for {@code import static io.migrations.ops.Types.*}.
 * How each renders on PostgreSQL and H2 is documented by the dialects.
 */
public final class Types {

    /** 32-bit integer. */
    public static final ColumnType INTEGER = ColumnType.Basic.INTEGER;
    /** 64-bit integer. */
    public static final ColumnType BIGINT = ColumnType.Basic.BIGINT;
    /** 16-bit integer. */
    public static final ColumnType SMALLINT = ColumnType.Basic.SMALLINT;
    /** String without a length limit. */
    public static final ColumnType TEXT = ColumnType.Basic.TEXT;
    /** True or false. */
    public static final ColumnType BOOLEAN = ColumnType.Basic.BOOLEAN;
    /** Single-precision floating point number. */
    public static final ColumnType FLOAT = ColumnType.Basic.FLOAT;
    /** Double-precision floating point number. */
    public static final ColumnType DOUBLE = ColumnType.Basic.DOUBLE;
    /** Calendar date. */
    public static final ColumnType DATE = ColumnType.Basic.DATE;
    /** Date and time without time zone. */
    public static final ColumnType DATETIME = ColumnType.Basic.DATETIME;
    /** Date and time with time zone. */
    public static final ColumnType DATETIME_TZ = ColumnType.Basic.DATETIME_TZ;
    /** Time of day without time zone. */
    public static final ColumnType TIME = ColumnType.Basic.TIME;
    /** UUID. */
    public static final ColumnType UUID = ColumnType.Basic.UUID;
    /** JSON document stored as text. */
    public static final ColumnType JSON = ColumnType.Basic.JSON;
    /** JSON document stored in binary form (PostgreSQL {@code JSONB}). */
    public static final ColumnType JSONB = ColumnType.Basic.JSONB;
    /** Byte string. */
    public static final ColumnType BINARY = ColumnType.Basic.BINARY;

    private Types() {
    }

    /** A string of at most {@code length} characters ({@code VARCHAR(length)}). */
    public static ColumnType string(int length) {
        return new ColumnType.Varchar(length);
    }

    /** An exact number ({@code NUMERIC(precision, scale)}). */
    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType.Numeric(precision, scale);
    }

    /** A type written as the database spells it, for what the constants do not cover. */
    public static ColumnType raw(String sql) {
        return new ColumnType.Raw(sql);
    }
}
