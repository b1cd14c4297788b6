package io.migrations.api;

import java.util.Objects;

/**
 * A {@code -- migrations:allow <rule-id> reason} comment (or an {@link Allow} annotation) that silences one rule
 * for a statement or a whole revision.
 *
 * @param ruleId   the rule it names, as written
 * @param reason   why the finding is acceptable; empty when none was given
 * @param line     line of the comment in the revision file; 0 for an annotation
 * @param scope    whether it covers the whole revision (written in the header, or an annotation) or one statement
 */
public record Suppression(String ruleId, String reason, int line, Scope scope) {

    /** What a suppression covers. */
    public enum Scope {

        /** The whole revision: written in a SQL file's header, or an {@link Allow} annotation. */
        REVISION,

        /** One statement: written above, inside or after it. */
        STATEMENT
    }

    public Suppression {
        Objects.requireNonNull(ruleId, "ruleId");
        reason = reason == null ? "" : reason.strip();
        Objects.requireNonNull(scope, "scope");
    }

    /** Whether this suppression silences {@code rule}. */
    public boolean covers(Rule rule) {
        return rule.id().equals(ruleId);
    }
}
