package io.migrations.internal.script;

import io.migrations.api.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code -- key: value} lines of a SQL revision header and what their values may be.
 * Keys and meanings follow Alembic's script variables ({@code revision}, {@code down_revision}, ...).
 */
enum HeaderKey {
    REVISION(true, HeaderKey::idProblem),
    DOWN_REVISION(true, value -> listProblem(value, HeaderKey::idProblem)),
    MESSAGE(false, HeaderKey::lineProblem),
    CREATE_DATE(false, HeaderKey::lineProblem),
    BRANCH_LABELS(false, value -> listProblem(value, HeaderKey::labelProblem)),
    DEPENDS_ON(false, value -> listProblem(value, HeaderKey::labelProblem)),
    TRANSACTIONAL(false, HeaderKey::booleanProblem);

    /** Branch labels (and the labels {@code depends_on} may name): no {@code @ - +}, which target syntax uses. */
    private static final Pattern LABEL_PATTERN = Pattern.compile("[A-Za-z0-9_]+");

    private final String key;
    private final boolean required;
    private final Function<String, Optional<String>> check;

    HeaderKey(boolean required, Function<String, Optional<String>> check) {
        this.key = name().toLowerCase(Locale.ROOT);
        this.required = required;
        this.check = check;
    }

    /** The key as written in files, e.g. {@code down_revision}. */
    String key() {
        return key;
    }

    /** Whether every file must have this key ({@code down_revision} may still be empty). */
    boolean required() {
        return required;
    }

    /** What is wrong with {@code value} (already stripped) for this key, phrased with how to fix it. */
    Optional<String> problem(String value) {
        return check.apply(value);
    }

    /** The key written exactly {@code key}, if there is one. */
    static Optional<HeaderKey> of(String key) {
        for (HeaderKey candidate : values()) {
            if (candidate.key().equals(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every key, comma-separated, for messages. */
    static String known() {
        List<String> keys = new ArrayList<>();
        for (HeaderKey key : values()) {
            keys.add(key.key());
        }
        return String.join(", ", keys);
    }

    /** The items of a comma-separated value; empty for an empty value. Call after {@link #problem} found none. */
    static List<String> items(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            items.add(item.strip());
        }
        return List.copyOf(items);
    }

    private static Optional<String> listProblem(String value, Function<String, Optional<String>> itemProblem) {
        Set<String> seen = new HashSet<>();
        for (String item : items(value)) {
            if (item.isEmpty()) {
                return Optional.of("empty entry in '" + value + "'; remove the extra comma");
            }
            if (!seen.add(item)) {
                return Optional.of("'" + item + "' is listed twice; list it once");
            }
            Optional<String> problem = itemProblem.apply(item);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> idProblem(String id) {
        return Revision.ID_PATTERN.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("'" + id + "' is not a valid revision id; use 1 to 32 letters, digits or underscores");
    }

    private static Optional<String> labelProblem(String label) {
        return LABEL_PATTERN.matcher(label).matches()
                ? Optional.empty()
                : Optional.of("'" + label + "' is not a valid branch label or revision id;"
                        + " use letters, digits or underscores");
    }

    private static Optional<String> lineProblem(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                ? Optional.empty()
                : Optional.of("the value must be one line; put details in a comment below the header");
    }

    private static Optional<String> booleanProblem(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                ? Optional.empty()
                : Optional.of("'" + value + "' is not a boolean; write true or false");
    }
}
