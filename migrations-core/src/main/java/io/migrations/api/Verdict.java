package io.migrations.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the database compares with the revision files and a target, read without changing anything: the one answer
 * behind {@code check}, health, the gauges and validate mode.
 *
 * @param current            revisions in the version table
 * @param target             what the database is judged against, e.g. {@code heads} or {@code r2}
 * @param expected           the version rows an upgrade to the target would leave
 * @param pending            revisions an upgrade to the target would apply, in order
 * @param unknown            revisions in the version table that the code does not have (the database is ahead of it)
 * @param edited             applied revisions whose file changed since they ran (checksum mismatches)
 * @param lastFailure        the newest history row, when it is a failure or a run that never finished
 * @param onUnknownRevision  the policy for {@code unknown}
 * @param onChecksumMismatch the policy for {@code edited}
 */
public record Verdict(List<String> current, String target, List<String> expected, List<Revision> pending,
                      List<String> unknown, List<Revision> edited, Optional<HistoryEntry> lastFailure,
                      Policy onUnknownRevision, Policy onChecksumMismatch) {

    /** Overall state, from worst to best. */
    public enum State {
        /** The last run failed (or never finished). */
        FAILED,
        /** The database is at revisions the code does not have (a newer release migrated it). */
        AHEAD,
        /** Revisions wait to be applied to reach the target. */
        PENDING,
        /** The database is at the target. */
        UP_TO_DATE
    }

    public Verdict {
        current = List.copyOf(current);
        expected = List.copyOf(expected);
        pending = List.copyOf(pending);
        unknown = List.copyOf(unknown);
        edited = List.copyOf(edited);
    }

    /** The overall state. Edited files do not change it; they are reported through {@link #edited()}. */
    public State state() {
        if (lastFailure.isPresent()) {
            return State.FAILED;
        }
        if (!unknown.isEmpty()) {
            return State.AHEAD;
        }
        return pending.isEmpty() ? State.UP_TO_DATE : State.PENDING;
    }

    /** True when nothing is pending, unknown or edited and the last run did not fail. */
    public boolean isClean() {
        return pending.isEmpty() && unknown.isEmpty() && edited.isEmpty() && lastFailure.isEmpty();
    }

    /**
     * Each finding as the error it raises, in the order pending, unknown, edited; the message says what to do.
     * Whether it stops a run is {@link #policy}'s answer.
     */
    public List<ValidationException> findings() {
        List<ValidationException> findings = new ArrayList<>();
        if (!pending.isEmpty()) {
            findings.add(new ValidationException(ValidationException.Problem.PENDING, "The database is not at "
                    + target + ": " + pending.size() + " revision(s) pending: " + describe(pending) + ". Apply them "
                    + "with 'upgrade " + target + "'.", pending.stream().map(Revision::id).toList()));
        }
        if (!unknown.isEmpty()) {
            findings.add(new ValidationException(ValidationException.Problem.UNKNOWN_REVISION, "The database is at "
                    + "revision(s) " + String.join(", ", unknown) + ", which no revision file here defines: a newer "
                    + "build migrated it, or its files were removed. Deploy code that has them; or let this code run "
                    + "without migrating with the unknown-revision policy warn (migrations.on-unknown-revision=warn); "
                    + "or run 'stamp' to set the version table to a known revision.", unknown));
        }
        if (!edited.isEmpty()) {
            findings.add(new ValidationException(ValidationException.Problem.EDITED, "Applied revision(s) changed "
                    + "since they ran: " + describe(edited) + ". Revert the edits and put the change in a new "
                    + "revision, or accept them with the checksum policy warn or ignore (--on-checksum-mismatch warn, "
                    + "migrations.on-checksum-mismatch=warn).", edited.stream().map(Revision::id).toList()));
        }
        return findings;
    }

    /** How a finding is treated: pending revisions always fail a check; the others follow their policy. */
    public Policy policy(ValidationException.Problem problem) {
        return switch (problem) {
            case PENDING -> Policy.FAIL;
            case UNKNOWN_REVISION -> onUnknownRevision;
            case EDITED -> onChecksumMismatch;
        };
    }

    /**
     * Applies the policies to the findings of these kinds.
     *
     * @return the findings to warn about
     * @throws ValidationException the first finding whose policy is {@link Policy#FAIL}
     */
    public List<ValidationException> enforce(Set<ValidationException.Problem> problems) {
        List<ValidationException> warnings = new ArrayList<>();
        for (ValidationException finding : findings()) {
            if (!problems.contains(finding.problem())) {
                continue;
            }
            switch (policy(finding.problem())) {
                case FAIL -> throw finding;
                case WARN -> warnings.add(finding);
                case IGNORE -> { }
            }
        }
        return warnings;
    }

    private static String describe(List<Revision> revisions) {
        return String.join(", ", revisions.stream().map(revision -> revision.id() + " (" + revision.location() + ")")
                .toList());
    }
}
