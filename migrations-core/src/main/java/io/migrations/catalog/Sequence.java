package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sequence that is not an identity column's own (those belong to their {@link Column}).
 *
 * @param name    schema and name
 * @param options every option
 * @param ownedBy the column it is dropped with ({@code OWNED BY}, e.g. behind a {@code serial}); null for none
 * @param comment the comment; empty for none
 */
public record Sequence(QualifiedName name, SequenceOptions options, @Nullable ColumnRef ownedBy, String comment) {

    /**
     * A column of a table.
     *
     * @param table  the table
     * @param column the column's name
     */
    public record ColumnRef(QualifiedName table, String column) {

        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("data type", options.dataType());
        attributes.put("start", Long.toString(options.start()));
        attributes.put("increment", Long.toString(options.increment()));
        attributes.put("minvalue", Long.toString(options.minValue()));
        attributes.put("maxvalue", Long.toString(options.maxValue()));
        attributes.put("cache", Long.toString(options.cache()));
        attributes.put("cycle", options.cycle().sql());
        attributes.put("owned by", ownedBy == null ? "" : ownedBy.toString());
        attributes.put("comment", comment);
        return attributes;
    }
}
