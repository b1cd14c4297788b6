package io.migrations.internal.json;

import io.migrations.api.StringLiterals;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of the core: a tree of maps, lists, strings, numbers, booleans and nulls (the graph document),
 * or single strings (the lint report). Imports nothing else from the project.
 */
public final class Json {

    private Json() {
    }

    /** The tree as compact JSON, safe to embed in an HTML {@code <script>} element. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder(4096);
        write(tree, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            out.append(number.longValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                out.append(quote(String.valueOf(entry.getKey())));
                out.append(':');
                write(entry.getValue(), out);
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    /**
     * {@code text} as a JSON string; {@code <}, {@code >} and {@code &} are escaped too, so {@code </script>} cannot
     * end the element.
     */
    public static String quote(String text) {
        return StringLiterals.quote(text).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
