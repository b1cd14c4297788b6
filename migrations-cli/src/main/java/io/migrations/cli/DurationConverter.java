package io.migrations.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time span as PostgreSQL settings write it: a bare number means seconds; {@code ms}, {@code s},
 * {@code min} (or {@code m}) and {@code h} units are accepted, e.g. {@code 30}, {@code 500ms}, {@code 2min}.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = SPAN.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a time span; write seconds (30) or a number "
                    + "with a unit: 500ms, 30s, 2min, 1h");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
