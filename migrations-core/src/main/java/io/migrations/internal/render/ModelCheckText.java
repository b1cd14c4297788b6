package io.migrations.internal.render;

import io.migrations.api.StringLiterals;
import io.migrations.catalog.CatalogDiff;
import io.migrations.catalog.Difference;
import java.util.stream.Collectors;

/**
 * What {@code check --model} prints: that the revisions build exactly the model, or each difference, as text or as
 * JSON for CI. Shared by every front end (the CLI, the Maven plugin), so they print alike. "model" is what the model
 * has, "revisions" what the revisions build.
 */
public final class ModelCheckText {

    /** How the result is printed. */
    public enum Format {
        /** Lines for people. */
        TEXT,
        /** One JSON document. */
        JSON
    }

    private ModelCheckText() {
    }

    /**
     * The report on {@code diff}, ending with a line break.
     *
     * @param autogenerate how the front end's user writes the change, e.g. {@code 'migrations revision --autogenerate'}
     */
    public static String of(CatalogDiff diff, Format format, String autogenerate) {
        return format == Format.JSON ? json(diff) : text(diff, autogenerate);
    }

    private static String text(CatalogDiff diff, String autogenerate) {
        if (diff.isEmpty()) {
            return "The revisions build exactly the model.\n";
        }
        return "The revisions differ from the model in " + diff.differences().size()
                + (diff.differences().size() == 1 ? " place" : " places") + " (run " + autogenerate
                + " to write the change):\n" + diff.differences().stream().map(d -> "  " + line(d) + "\n")
                .collect(Collectors.joining());
    }

    private static String line(Difference difference) {
        return difference.describe("the revisions", "the model");
    }

    private static String json(CatalogDiff diff) {
        String differences = diff.differences().stream().map(ModelCheckText::json)
                .collect(Collectors.joining(",\n    "));
        return "{\n  \"matches\": " + diff.isEmpty() + ",\n  \"differences\": ["
                + (differences.isEmpty() ? "" : "\n    " + differences + "\n  ") + "]\n}\n";
    }

    private static String json(Difference difference) {
        return "{\"object\": " + StringLiterals.quote(difference.object().toString())
                + ", \"kind\": " + StringLiterals.quote(difference.object().kind().label())
                + ", \"name\": " + StringLiterals.quote(difference.object().name())
                + ", \"change\": " + StringLiterals.quote(switch (difference.change()) {
                    case ADDED -> "only in model";
                    case REMOVED -> "only in revisions";
                    case CHANGED -> "changed";
                })
                + ", \"attribute\": " + StringLiterals.quote(difference.attribute())
                + ", \"revisions\": " + StringLiterals.quote(difference.before())
                + ", \"model\": " + StringLiterals.quote(difference.after())
                + ", \"description\": " + StringLiterals.quote(line(difference)) + "}";
    }
}
