package io.migrations.catalog;

import io.migrations.catalog.Entries.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The line form of a catalog ({@link Catalog#lines()}). */
final class CatalogText {

    /** Attributes shown by value alone: what the object is. */
    private static final Set<String> BARE = Set.of("type", "definition", "nullability", "values", "base type",
            "attributes");

    /** The default value of attributes whose default is not empty; defaults are left out of lines. */
    private static final Map<String, String> DEFAULTS = Map.of("nullability", "NULL", "persistence", "PERMANENT",
            "row security", "DISABLED", "origin", "LOCAL", "validity", "VALID", "state", "ENABLED");

    private CatalogText() {
    }

    static List<String> lines(Catalog catalog) {
        return Entries.of(catalog).stream().map(CatalogText::line).sorted().toList();
    }

    /**
     * E.g. {@code column public.users.email text collation="C" NOT NULL comment=login}: the id, then every attribute
     * that is not the default, by value alone when it says what the object is, else as {@code name=value}.
     */
    private static String line(Entry entry) {
        StringJoiner line = new StringJoiner(" ").add(entry.id().toString());
        for (Map.Entry<String, String> attribute : entry.attributes().entrySet()) {
            String value = attribute.getValue().strip().replaceAll("\\s+", " ");
            if (!value.isEmpty() && !value.equals(DEFAULTS.get(attribute.getKey()))) {
                line.add(BARE.contains(attribute.getKey()) ? value : attribute.getKey() + "=" + value);
            }
        }
        return line.toString();
    }
}
