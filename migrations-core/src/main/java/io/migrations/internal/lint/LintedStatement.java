package io.migrations.internal.lint;

import io.migrations.api.Suppression;
import java.util.List;

/**
 * One statement or operation as the rules see it.
 *
 * @param line         line in the revision file or class, 0 when unknown
 * @param changes      what it changes
 * @param suppressions the {@code migrations:allow} comments written on or directly above it
 */
record LintedStatement(int line, List<Change> changes, List<Suppression> suppressions) {

    LintedStatement {
        changes = List.copyOf(changes);
        suppressions = List.copyOf(suppressions);
    }
}
