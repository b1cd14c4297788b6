package io.migrations.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a lint run found, in revision and line order, suppressed findings included.
 *
 * @param revisions how many revisions were linted
 * @param findings  every finding, suppressed or not
 */
public record LintReport(int revisions, List<Finding> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    /** Findings that no comment silences. */
    public List<Finding> active() {
        return findings.stream().filter(finding -> !finding.suppressed()).toList();
    }

    /** Findings silenced by a {@code migrations:allow} comment. */
    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** The worst severity among active findings; empty when there are none. */
    public Optional<Severity> worst() {
        return active().stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    /** Whether an active finding is at or above {@code threshold}. */
    public boolean hasActive(Severity threshold) {
        return worst().filter(severity -> severity.atLeast(threshold)).isPresent();
    }
}
