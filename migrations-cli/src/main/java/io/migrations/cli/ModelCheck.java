package io.migrations.cli;

import io.migrations.api.StringLiterals;
import io.migrations.catalog.CatalogDiff;
import io.migrations.catalog.Difference;
import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.autogen.Autogenerate.Against;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * {@code check --model}: exit 0 when the revisions build exactly the model, 1 with the differences listed (as text or
 * JSON, for CI), 2 for bad input (no model, a model that does not apply).
 */
final class ModelCheck {

    /** How the result is printed. */
    enum Format {
        TEXT, JSON
    }

    private final ModelComparison comparison;
    private final Format format;

    ModelCheck(ModelComparison comparison, Format format) {
        this.comparison = comparison;
        this.format = format;
    }

    int run(PrintWriter out) {
        CatalogDiff diff = comparison.compare(Against.REVISIONS).diff();
        out.print(format == Format.JSON ? json(diff) : text(diff));
        return diff.isEmpty() ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }

    /** "model" is what the model has, "revisions" what the revisions build. */
    private static String text(CatalogDiff diff) {
        if (diff.isEmpty()) {
            return "The revisions build exactly the model.\n";
        }
        return "The revisions differ from the model in " + diff.differences().size()
                + (diff.differences().size() == 1 ? " place" : " places") + " (run 'migrations revision --autogenerate' "
                + "to write the change):\n" + diff.differences().stream().map(d -> "  " + line(d) + "\n")
                .collect(Collectors.joining());
    }

    private static String line(Difference difference) {
        return difference.describe("the revisions", "the model");
    }

    private static String json(CatalogDiff diff) {
        String differences = diff.differences().stream().map(ModelCheck::json).collect(Collectors.joining(",\n    "));
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
