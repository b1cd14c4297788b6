package io.migrations.benchmarks;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One of the targets and what this run measured for it.
 *
 * @param name     what is compared, e.g. {@code apply n=5000: ours / jdbc}
 * @param measured the measured value; empty when the run did not measure it
 * @param unit     {@code x} for ratios, {@code ms} for times
 * @param limit    the target value
 * @param atMost   true when the measured value must not exceed the limit, false when it must reach it
 */
record Target(String name, OptionalDouble measured, String unit, double limit, boolean atMost) {

    /** Whether the target was measured and met. */
    boolean met() {
        return measured.isPresent() && (atMost ? measured.getAsDouble() <= limit : measured.getAsDouble() >= limit);
    }

    /** One line: name, measured value, target, verdict. */
    String format() {
        String target = (atMost ? "<= " : ">= ") + number(limit) + " " + unit;
        if (measured.isEmpty()) {
            return name + ": not measured (target " + target + ")";
        }
        return name + " = " + number(measured.getAsDouble()) + " " + unit + " (target " + target + "): "
                + (met() ? "met" : "MISSED");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
