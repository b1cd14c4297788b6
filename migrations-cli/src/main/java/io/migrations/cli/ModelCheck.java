package io.migrations.cli;

import io.migrations.catalog.CatalogDiff;
import io.migrations.internal.author.ModelComparison;
import io.migrations.internal.autogen.Autogenerate.Against;
import io.migrations.internal.render.ModelCheckText;
import java.io.PrintWriter;

/**
 * {@code check --model}: exit 0 when the revisions build exactly the model, 1 with the differences listed (as text or
 * JSON, for CI), 2 for bad input (no model, a model that does not apply).
 */
final class ModelCheck {

    private final ModelComparison comparison;
    private final ModelCheckText.Format format;

    ModelCheck(ModelComparison comparison, ModelCheckText.Format format) {
        this.comparison = comparison;
        this.format = format;
    }

    int run(PrintWriter out) {
        CatalogDiff diff = comparison.compare(Against.REVISIONS).diff();
        out.print(ModelCheckText.of(diff, format, "'migrations revision --autogenerate'"));
        return diff.isEmpty() ? ExitCode.SUCCESS : ExitCode.FAILURE;
    }
}
