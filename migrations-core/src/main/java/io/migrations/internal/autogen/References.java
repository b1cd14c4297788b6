package io.migrations.internal.autogen;

import io.migrations.catalog.QualifiedName;
import java.util.regex.Pattern;

/**
 * Whether a definition names an object. Definitions come from the server's deparsers read with an empty search
 * path, so every user object in them is schema-qualified, spelled as {@link Sql#name(QualifiedName)} spells it.
 */
final class References {

    private References() {
    }

    /** Whether {@code definition} mentions the relation or type {@code name}. */
    static boolean mentions(String definition, QualifiedName name) {
        return pattern(Sql.name(name)).matcher(definition).find();
    }

    /** Whether {@code definition} calls or names the routine {@code name} (any overload). */
    static boolean callsRoutine(String definition, QualifiedName name) {
        return Pattern.compile(Pattern.quote(Sql.name(name)) + "\\s*\\(").matcher(definition).find();
    }

    private static Pattern pattern(String qualified) {
        return Pattern.compile("(?<![\\w\"$.])" + Pattern.quote(qualified) + "(?![\\w\"$])");
    }
}
