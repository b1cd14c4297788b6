package io.migrations.internal.drift;

import io.migrations.api.Difference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the schema the revisions create ("expected", from the shadow database) with the live one ("actual").
 * Columns are matched by name, so their order does not count.
 */
final class SchemaDiff {

    private final List<Difference> differences = new ArrayList<>();

    private SchemaDiff() {
    }

    /** The differences, tables first, then other objects, each group by name. */
    static List<Difference> between(Schema expected, Schema actual) {
        SchemaDiff diff = new SchemaDiff();
        diff.compare(byKey(expected.tables(), Table::name), byKey(actual.tables(), Table::name), "table ",
                Table::name, diff::columns, table -> " (" + table.columns().size() + " columns)");
        diff.compare(byKey(expected.objects(), SchemaObject::title), byKey(actual.objects(), SchemaObject::title), "",
                SchemaObject::title, diff::definitions, object -> ": " + object.definition());
        return List.copyOf(diff.differences);
    }

    /** Reports what one side lacks, and hands pairs with the same key to {@code same}. */
    private <T> void compare(Map<String, T> expected, Map<String, T> actual, String prefix, Function<T, String> name,
                             Pair<T> same, Function<T, String> summary) {
        for (String key : keys(expected, actual)) {
            T wanted = expected.get(key);
            T found = actual.get(key);
            if (found == null) {
                differences.add(new Difference(prefix + name.apply(wanted), "missing" + summary.apply(wanted)));
            } else if (wanted == null) {
                differences.add(new Difference(prefix + name.apply(found), "extra" + summary.apply(found)));
            } else {
                same.compare(wanted, found);
            }
        }
    }

    @FunctionalInterface
    private interface Pair<T> {

        void compare(T expected, T actual);
    }

    private void columns(Table expected, Table actual) {
        String object = "table " + expected.name();
        Map<String, Column> wanted = byKey(expected.columns(), Column::name);
        Map<String, Column> found = byKey(actual.columns(), Column::name);
        for (String name : keys(wanted, found)) {
            if (!found.containsKey(name)) {
                differences.add(new Difference(object, "missing column " + wanted.get(name).describe()));
            } else if (!wanted.containsKey(name)) {
                differences.add(new Difference(object, "extra column " + found.get(name).describe()));
            } else {
                attributes(object, wanted.get(name), found.get(name));
            }
        }
    }

    private void attributes(String object, Column expected, Column actual) {
        Map<String, String> wanted = expected.attributes();
        Map<String, String> found = actual.attributes();
        wanted.forEach((attribute, value) -> {
            if (!Objects.equals(value, found.get(attribute))) {
                differences.add(new Difference(object, "column " + expected.name() + " has " + attribute + " "
                        + found.get(attribute) + ", the revisions give " + value));
            }
        });
    }

    private void definitions(SchemaObject expected, SchemaObject actual) {
        if (!expected.definition().equals(actual.definition())) {
            differences.add(new Difference(expected.title(), "definition is " + actual.definition()
                    + ", the revisions give " + expected.definition()));
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The keys of both maps, sorted. */
    private static Set<String> keys(Map<String, ?> first, Map<String, ?> second) {
        Set<String> keys = new TreeSet<>(first.keySet());
        keys.addAll(second.keySet());
        return keys;
    }
}
