package io.migrations.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A function or procedure. Its identity is its name and argument types, so overloads are different routines.
 *
 * @param name       schema and name
 * @param arguments  {@code pg_get_function_identity_arguments}, e.g. {@code integer, text}
 * @param kind       function or procedure
 * @param definition the whole {@code CREATE OR REPLACE ...} statement as {@code pg_get_functiondef} writes it:
 *                   arguments with defaults, result, language, volatility, security, settings and body
 * @param comment    the comment; empty for none
 */
public record Routine(QualifiedName name, String arguments, Kind kind, String definition, String comment) {

    /** {@code pg_proc.prokind}. */
    public enum Kind {
        FUNCTION, PROCEDURE;

        /** {@code FUNCTION} or {@code PROCEDURE}, as in DDL. */
        public String sql() {
            return name();
        }
    }

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(kind, "kind");
        definition = Objects.requireNonNull(definition, "definition").strip();
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** Name and argument types, e.g. {@code public.touch(integer, text)}: what tells overloads apart. */
    public String signature() {
        return name + "(" + arguments + ")";
    }

    /** The compared attributes, by name, as text. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", definition);
        attributes.put("comment", comment);
        return attributes;
    }
}
