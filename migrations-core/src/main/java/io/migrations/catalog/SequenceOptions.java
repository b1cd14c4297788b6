package io.migrations.catalog;

import java.util.Objects;

/**
 * Every option of a sequence, as {@code pg_sequence} holds them.
 *
 * @param dataType  {@code smallint}, {@code integer} or {@code bigint}
 * @param start     START WITH
 * @param increment INCREMENT BY
 * @param minValue  MINVALUE
 * @param maxValue  MAXVALUE
 * @param cache     CACHE
 * @param cycle     whether it wraps around
 */
public record SequenceOptions(String dataType, long start, long increment, long minValue, long maxValue, long cache,
                              Cycle cycle) {

    /** What a sequence does at its limit. */
    public enum Cycle {
        NO_CYCLE, CYCLE;

        /** {@code NO CYCLE} or {@code CYCLE}, as in DDL. */
        public String sql() {
            return this == CYCLE ? "CYCLE" : "NO CYCLE";
        }
    }

    public SequenceOptions {
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(cycle, "cycle");
    }

    /** The options as DDL writes them, e.g. {@code AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 ...}. */
    public String sql() {
        return "AS " + dataType + " START WITH " + start + " INCREMENT BY " + increment + " MINVALUE " + minValue
                + " MAXVALUE " + maxValue + " CACHE " + cache + " " + cycle.sql();
    }
}
