package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A view or materialized view, compared by its canonical definition.
 *
 * @param name           schema and name
 * @param kind           view or materialized view
 * @param definition     the query as {@code pg_get_viewdef} writes it
 * @param options        view options ({@code security_barrier=true}, {@code check_option=local}) or storage
 *                       parameters, sorted
 * @param columnComments comments on its columns, by column name
 * @param indexes        indexes of a materialized view, by name
 * @param triggers       ({@code INSTEAD OF}) triggers of a view, by name
 * @param comment        the comment; empty for none
 */
public record View(QualifiedName name, Kind kind, String definition, List<String> options,
                   SortedMap<String, String> columnComments, List<Index> indexes, List<Trigger> triggers,
                   String comment) {

    /** Plain or materialized. */
    public enum Kind {
        VIEW, MATERIALIZED_VIEW;

        /** {@code VIEW} or {@code MATERIALIZED VIEW}, as in DDL. */
        public String sql() {
            return this == VIEW ? "VIEW" : "MATERIALIZED VIEW";
        }
    }

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        definition = Objects.requireNonNull(definition, "definition").strip();
        options = options.stream().sorted().toList();
        columnComments = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(columnComments));
        indexes = Sorting.byName(indexes, Index::name);
        triggers = Sorting.byName(triggers, Trigger::name);
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The view-level attributes compared, by name, as text (indexes and triggers are compared apart). */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("options", String.join(", ", options));
        columnComments.forEach((column, text) -> attributes.put("comment on column " + column, text));
        attributes.put("comment", comment);
        return attributes;
    }
}
