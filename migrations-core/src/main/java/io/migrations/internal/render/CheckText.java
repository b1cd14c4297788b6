package io.migrations.internal.render;

import io.migrations.api.Policy;
import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@link Verdict} as {@code check} prints it: one line per difference between the database and its target, then
 * where each stands. Shared by every front end (the CLI, the Maven plugin), so they print alike.
 *
 * @param passes whether the check passes: the last run did not fail and no finding fails under its policy
 * @param lines  what to print, one entry per line
 */
public record CheckText(boolean passes, List<String> lines) {

    public CheckText {
        lines = List.copyOf(lines);
    }

    /** How pending revisions are listed. */
    public enum PendingLines {
        /** One line per pending revision, with its message. */
        EACH,
        /** One line for all, with their count and the first and last: for many databases at once. */
        COUNT
    }

    /** The lines of {@code verdict}, one per pending revision. */
    public static CheckText of(Verdict verdict) {
        return of(verdict, PendingLines.EACH);
    }

    /** The lines of {@code verdict}, pending revisions listed as {@code pendingLines} says. */
    public static CheckText of(Verdict verdict, PendingLines pendingLines) {
        if (verdict.isClean()) {
            return new CheckText(true, List.of("Database is up to date at " + heads(verdict.current()) + "."));
        }
        boolean passes = verdict.lastFailure().isEmpty() && verdict.findings().stream()
                .noneMatch(finding -> verdict.policy(finding.problem()) == Policy.FAIL);
        List<String> lines = new ArrayList<>();
        verdict.lastFailure().ifPresent(row -> lines.add("Last run failed: " + row.direction().label() + " "
                + (row.revision() == null ? "base" : row.revision()) + " at " + row.appliedAt() + ": "
                + (row.unfinished() ? "never finished" : row.error()) + ". See 'migrations log'."));
        for (String id : verdict.unknown()) {
            lines.add("Unknown revision in the database: " + id + " (no revision file defines it)."
                    + accepted(verdict.onUnknownRevision(), "the unknown-revision policy"));
        }
        List<Revision> pending = verdict.pending();
        if (pendingLines == PendingLines.COUNT && !pending.isEmpty()) {
            lines.add("Pending: " + pending.size() + " revision(s), " + pending.get(0).id()
                    + (pending.size() == 1 ? "" : " to " + pending.get(pending.size() - 1).id()) + ".");
        } else {
            for (Revision revision : pending) {
                lines.add("Pending: " + revision.id() + (revision.message().isEmpty() ? "" : ", " + revision.message()));
            }
        }
        if (verdict.onChecksumMismatch() != Policy.IGNORE) {
            for (Revision revision : verdict.edited()) {
                lines.add("Edited since applied: " + revision.id() + " (" + revision.location() + ")"
                        + accepted(verdict.onChecksumMismatch(), "--on-checksum-mismatch"));
            }
        }
        lines.add("Database is at " + heads(verdict.current()) + "; " + (verdict.target().equals("heads")
                ? "revision heads are " : "target " + verdict.target() + " is ") + heads(verdict.expected()) + ".");
        return new CheckText(passes, lines);
    }

    private static String accepted(Policy policy, String setting) {
        return policy == Policy.FAIL ? "" : " Accepted: " + setting + " is " + policy.name().toLowerCase(Locale.ROOT) + ".";
    }

    private static String heads(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
