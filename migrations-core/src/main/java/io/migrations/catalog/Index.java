package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An index that no constraint owns (primary key, unique and exclusion constraints own theirs), compared by its
 * canonical definition, which holds uniqueness, method, columns and expressions, {@code INCLUDE} and the predicate.
 *
 * @param name       as stored; its schema is the table's
 * @param definition as {@code pg_get_indexdef} writes it
 * @param validity   whether the server may use it (a failed {@code CREATE INDEX CONCURRENTLY} leaves it invalid)
 * @param parent     the partitioned index it is attached to; null for none
 * @param comment    the comment; empty for none
 */
public record Index(String name, String definition, Validity validity, @Nullable QualifiedName parent, String comment) {

    /** Whether an index is usable. */
    public enum Validity {
        VALID, INVALID
    }

    public Index {
        Objects.requireNonNull(name, "name");
        definition = Objects.requireNonNull(definition, "definition").strip();
        Objects.requireNonNull(validity, "validity");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** Whether it is attached to a parent index, and so created and dropped with it. */
    public Origin origin() {
        return parent == null ? Origin.LOCAL : Origin.INHERITED;
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("validity", validity.name());
        attributes.put("parent index", parent == null ? "" : parent.toString());
        attributes.put("comment", comment);
        return attributes;
    }

    /** The definition, marked when invalid. */
    public String describe() {
        return definition + (validity == Validity.INVALID ? " INVALID" : "")
                + (parent == null ? "" : " (attached to " + parent + ")");
    }
}
