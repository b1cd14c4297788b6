package io.migrations.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule broken by one statement (or by a revision as a whole).
 *
 * @param rule        the rule
 * @param revision    the revision id
 * @param location    the revision file or class
 * @param line        line of the statement in the file, 0 for the revision as a whole or when unknown
 * @param message     what exactly is risky, naming the table and column
 * @param suppression the comment that silences this finding, if any; a suppressed finding never fails the lint
 */
public record Finding(Rule rule, String revision, String location, int line, String message,
                      Optional<Suppression> suppression) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suppression, "suppression");
    }

    /** The rule's severity. */
    public Severity severity() {
        return rule.severity();
    }

    /** Whether a {@code migrations:allow} comment silences this finding. */
    public boolean suppressed() {
        return suppression.isPresent();
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String where() {
        return line > 0 ? location + ":" + line : location;
    }
}
