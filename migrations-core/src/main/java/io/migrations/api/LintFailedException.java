package io.migrations.api;

import java.util.Locale;

/** Lint findings at or above the configured {@link FailOn} severity; nothing was run. */
public class LintFailedException extends MigrationsException {

    private final transient LintReport report;

    public LintFailedException(LintReport report, FailOn failOn) {
        super("Lint found " + report.active().size() + " problem(s), failing on " + failOn.name().toLowerCase(Locale.ROOT) + ":\n" + LintFormat.text(report)
                + "\nFix them the way each 'fix:' says, or silence one with '-- migrations:allow <rule> <reason>'.");
        this.report = report;
    }

    /** The report that failed. */
    public LintReport report() {
        return report;
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
