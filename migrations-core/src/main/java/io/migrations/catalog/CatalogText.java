package io.migrations.catalog;

import io.migrations.catalog.Entries.Entry;
import java.util.List;
import java.util.stream.Collectors;

/** The line form of a catalog ({@link Catalog#lines()}). */
final class CatalogText {

    private CatalogText() {
    }

    static List<String> lines(Catalog catalog) {
        return Entries.of(catalog).stream().map(CatalogText::line).sorted().toList();
    }

    /** E.g. {@code column public.users.email {type=text, nullability=NOT NULL}}: non-empty attributes only. */
    private static String line(Entry entry) {
        String attributes = entry.attributes().entrySet().stream()
                .filter(attribute -> !attribute.getValue().isEmpty())
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue().strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining(", "));
        return entry.id() + (attributes.isEmpty() ? "" : " {" + attributes + "}");
    }
}
