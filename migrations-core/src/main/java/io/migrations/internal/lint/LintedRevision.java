package io.migrations.internal.lint;

import io.migrations.api.Suppression;
import io.migrations.internal.script.Script;
import java.util.List;
import java.util.Optional;

/**
 * A revision read for linting.
 *
 * @param script       the revision
 * @param upgrade      its upgrade statements
 * @param downgrade    its downgrade statements; empty when it has no downgrade
 * @param suppressions suppressions for the whole revision
 */
record LintedRevision(Script script, List<LintedStatement> upgrade, Optional<List<LintedStatement>> downgrade,
                      List<Suppression> suppressions) {

    LintedRevision {
        upgrade = List.copyOf(upgrade);
        downgrade = downgrade.map(List::copyOf);
        suppressions = List.copyOf(suppressions);
    }
}
