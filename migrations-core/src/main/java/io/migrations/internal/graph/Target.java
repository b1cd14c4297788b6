package io.migrations.internal.graph;

import io.migrations.api.TargetException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision target as a user writes it, classified the way Alembic reads it.
 *
 * <ul>
 *   <li>{@link Relative}: anything Alembic's relative pattern {@code [<branch>@][<symbol>](+|-)N} matches at the
 *       start: {@code +2}, {@code -1}, {@code ae10+2}, {@code head-1}, {@code mybranch@+1}, {@code mybranch@-2}</li>
 *   <li>{@link Heads}: {@code heads}, {@code <branch>@heads}</li>
 *   <li>{@link Head}: {@code head}, {@code <branch>@head}</li>
 *   <li>{@link Base}: {@code base}, {@code <branch>@base}</li>
 *   <li>{@link Id}: a full id, a unique id prefix, a branch label, optionally qualified: {@code <branch>@<rev>}</li>
 * </ul>
 *
 * <p>Where the text is not relative, the branch is what precedes the first {@code @}. What a target resolves to
 * depends on the command (see {@link TargetResolver}); parsing only rejects texts no command accepts.
 */
public sealed interface Target permits Target.Heads, Target.Head, Target.Base, Target.Id, Target.Relative {

    /** Alembic's {@code _relative_destination}, matched at the start of the text only, as Python's re.match does. */
    Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    /** The target exactly as written. */
    String text();

    /** The branch label (or revision used as one) before the {@code @}, if any. */
    Optional<String> branch();

    /** All revisions without children: {@code heads} or {@code <branch>@heads}. */
    record Heads(String text, Optional<String> branch) implements Target {
    }

    /** The single head: {@code head} or {@code <branch>@head}. */
    record Head(String text, Optional<String> branch) implements Target {
    }

    /** Before the first revision: {@code base} or {@code <branch>@base}. */
    record Base(String text, Optional<String> branch) implements Target {
    }

    /** A revision id, unique id prefix or branch label, optionally qualified with a branch. */
    record Id(String text, Optional<String> branch, String id) implements Target {
    }

    /**
     * N steps up ({@code +N}) or down ({@code -N}) from a symbol, or from the current revision when no symbol
     * is given.
     */
    record Relative(String text, Optional<String> branch, Optional<String> symbol, int steps) implements Target {
    }

    /**
     * Classifies a target.
     *
     * @throws TargetException for an empty text, an empty branch or revision around {@code @}, or a step count
     *                         too large to be meaningful
     */
    static Target parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new TargetException("", "An empty revision target was given. Name a revision id, 'head', "
                    + "'heads', 'base' or a relative step such as '+1'.", List.of());
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.lookingAt()) {
            return new Relative(text, Optional.ofNullable(relative.group(1)), Optional.ofNullable(relative.group(2)),
                    steps(text, relative.group(3)));
        }
        int at = text.indexOf('@');
        Optional<String> branch = at < 0 ? Optional.empty() : Optional.of(text.substring(0, at));
        String id = text.substring(at + 1);
        if (id.isEmpty() || branch.filter(String::isEmpty).isPresent()) {
            throw new TargetException(text, "The revision target '" + text + "' has nothing "
                    + (id.isEmpty() ? "after" : "before") + " '@'. Write '<branch>@<revision>', e.g. "
                    + "'mybranch@head'.", List.of());
        }
        return switch (id) {
            case "heads" -> new Heads(text, branch);
            case "head" -> new Head(text, branch);
            case "base" -> new Base(text, branch);
            default -> new Id(text, branch, id);
        };
    }

    private static int steps(String text, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new TargetException(text, "The relative step in '" + text + "' is too large. Use a number of "
                    + "revisions the history can actually walk.", List.of());
        }
    }
}
