package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trigger on a table or view, compared by its canonical definition.
 *
 * @param name       as stored
 * @param definition as {@code pg_get_triggerdef} writes it
 * @param state      when it fires ({@code ALTER TABLE ... ENABLE/DISABLE TRIGGER})
 * @param origin     declared here, or cloned from a partitioned parent
 * @param comment    the comment; empty for none
 */
public record Trigger(String name, String definition, State state, Origin origin, String comment) {

    /** {@code pg_trigger.tgenabled}. */
    public enum State {
        /** Fires in origin and local sessions (the default). */
        ENABLED,
        /** Never fires. */
        DISABLED,
        /** Fires only in replica sessions. */
        REPLICA,
        /** Fires always. */
        ALWAYS
    }

    public Trigger {
        Objects.requireNonNull(name, "name");
        definition = Objects.requireNonNull(definition, "definition").strip();
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(origin, "origin");
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("state", state.name());
        attributes.put("origin", origin.name());
        attributes.put("comment", comment);
        return attributes;
    }

    /** The definition, with its state when not the default. */
    public String describe() {
        return definition + (state == State.ENABLED ? "" : " (" + state + ")");
    }
}
