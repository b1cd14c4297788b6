package io.migrations.api;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The severity from which lint findings fail a build, a CLI run or an application start. */
public enum FailOn {
    /** Fail on errors only (the default). */
    ERROR(Severity.ERROR),
    /** Fail on warnings and errors. */
    WARNING(Severity.WARNING),
    /** Only report. */
    NEVER(null);

    private final @Nullable Severity threshold;

    FailOn(@Nullable Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether {@code report} has an active finding at or above this threshold. */
    public boolean fails(LintReport report) {
        return threshold != null && report.hasActive(threshold);
    }

    /**
     * Parses {@code error}, {@code warning} or {@code never}, in any case.
     *
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static FailOn parse(String text) {
        return Optional.ofNullable(text)
                .map(value -> {
                    try {
                        return valueOf(value.strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .orElseThrow(() -> new IllegalArgumentException("fail-on must be error, warning or never, got '"
                        + text + "'"));
    }
}
