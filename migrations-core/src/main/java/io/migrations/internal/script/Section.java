package io.migrations.internal.script;

import java.util.Locale;
import java.util.Optional;

/** The two sections of a SQL revision file, each opened by a marker line {@code -- upgrade} or {@code -- downgrade}. */
enum Section {
    UPGRADE,
    DOWNGRADE;

    /** The marker as written in files, e.g. {@code -- upgrade}. */
    String marker() {
        return "-- " + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The section a line comment opens, given the comment's text after {@code --}.
     * Surrounding whitespace and case are ignored, anything else makes it an ordinary comment.
     */
    static Optional<Section> ofComment(String comment) {
        String word = comment.strip();
        for (Section section : values()) {
            if (section.name().equalsIgnoreCase(word)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
