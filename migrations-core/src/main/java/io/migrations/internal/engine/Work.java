package io.migrations.internal.engine;

import io.migrations.api.Revision;
import io.migrations.internal.plan.Step;
import io.migrations.internal.script.Script;
import io.migrations.internal.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A planned step with its statements rendered.
 *
 * @param step       what to do
 * @param script     the revision's script; null for a stamp
 * @param statements the statements to run, in order
 */
record Work(Step step, Script script, List<Statement> statements) {

    /** Whether the statements run in one transaction with the version and history rows. */
    boolean transactional() {
        return script == null || script.transactional();
    }

    /** The revision id, or {@code stamp}. */
    String id() {
        return step.revision().map(Revision::id).orElse("stamp");
    }

    /** {@code Upgrade}, {@code Downgrade} or {@code Stamp}: what the step does, to begin a sentence. */
    String action() {
        String label = step.direction().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** {@code Upgrade of revision X (file:line)} for a statement, or without line when it is unknown. */
    String describe(Statement statement) {
        StringBuilder text = new StringBuilder(action()).append(" of revision ").append(id());
        step.revision().ifPresent(revision -> {
            text.append(" (").append(revision.location());
            if (statement != null && statement.line() > 0) {
                text.append(":").append(statement.line());
            }
            text.append(")");
        });
        return text.toString();
    }

    /**
     * {@code Upgrade of revision X (file:3-9)} for statements that run together; as {@link #describe(Statement)}
     * for one statement or none.
     */
    String describeTogether(List<Statement> together) {
        if (together.size() == 1) {
            return describe(together.get(0));
        }
        if (together.isEmpty() || together.get(0).line() <= 0 || step.revision().isEmpty()) {
            return describe((Statement) null);
        }
        String first = describe(together.get(0));
        return first.substring(0, first.length() - 1) + "-" + together.get(together.size() - 1).line() + ")";
    }

    /** The revisions the step starts from, or {@code base}. */
    String from() {
        return step.from().isEmpty() ? "base" : String.join(", ", step.from());
    }

    /** "line 3, line 7" for the first {@code count} statements. */
    String lines(int count) {
        return lines(statements.subList(0, Math.min(count, statements.size())));
    }

    /** "line 3, line 7" for {@code statements}. */
    static String lines(List<Statement> statements) {
        return statements.stream().map(s -> "line " + s.line()).collect(Collectors.joining(", "));
    }
}
