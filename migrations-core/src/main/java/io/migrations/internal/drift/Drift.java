package io.migrations.internal.drift;

import io.migrations.api.Difference;
import io.migrations.api.DriftReport;
import io.migrations.catalog.Catalog;
import io.migrations.catalog.CatalogDiff;
import java.util.List;

/**
 * Schema drift as the report shows it: what turns the catalog the revisions build ("expected", replayed into a
 * shadow database) into the live one, one line per difference. "missing": a revision creates it but the database
 * lacks it; "extra": the database has it but no revision creates it; otherwise what the database has and what the
 * revisions give.
 */
public final class Drift {

    private Drift() {
    }

    /** The report for a database at revisions {@code current}. */
    public static DriftReport report(List<String> current, Catalog expected, Catalog actual) {
        return new DriftReport(current, CatalogDiff.between(expected, actual).differences().stream()
                .map(Drift::difference).toList());
    }

    private static Difference difference(io.migrations.catalog.Difference difference) {
        String detail = switch (difference.change()) {
            case ADDED -> "extra" + (difference.after().isEmpty() ? "" : " (" + difference.afterText() + ")");
            case REMOVED -> "missing" + (difference.before().isEmpty() ? "" : " (" + difference.beforeText() + ")");
            case CHANGED -> difference.attribute() + " is " + difference.afterText() + ", the revisions give "
                    + difference.beforeText();
        };
        return new Difference(difference.object().toString(), detail);
    }
}
