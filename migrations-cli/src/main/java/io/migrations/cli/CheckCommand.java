package io.migrations.cli;

import io.migrations.api.Policy;
import io.migrations.api.Revision;
import io.migrations.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check [target]}: exit 0 when the database is at the target (default: the heads), no applied revision changed
 * since it ran (unless {@code --on-checksum-mismatch} accepts it) and the last run did not fail; otherwise exit 1 with
 * one line per difference. For CI gates and readiness probes. With {@code --drift}, also
 * exit 1 when the schema differs from what the revisions create, and 3 when the revisions cannot be replayed into the
 * shadow database (drift unknown). With {@code --model}, checks instead that the revisions build exactly the model.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that the database is at the target (default: heads) and applied revisions are unchanged "
                + "(exit 0), else exit 1.")
final class CheckCommand extends ProjectCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<target>",
            description = "What the database should be at, as upgrade takes it (default: heads).")
    String target = "heads";

    @Option(names = "--drift", description = "Also replay the revisions into a shadow database and compare the schemas.")
    boolean drift;

    @Option(names = "--shadow-url", paramLabel = "<url>",
            description = "With --drift or --model: an empty database to replay into (default: a temporary one on the "
                    + "same server).")
    String shadowUrl;

    @Option(names = "--model", paramLabel = "<model>",
            description = "Instead, check that the revisions build exactly this schema: a .sql file, a folder of .sql "
                    + "files or url:<database url>; repeat to apply several (exit 0 if so, 1 with the differences).")
    List<String> models = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", description = "With --model: text (default) or json.")
    ModelCheck.Format format = ModelCheck.Format.TEXT;

    @Override
    public Integer call() {
        if (!models.isEmpty()) {
            return new ModelCheck(new ModelComparison(project(), models, shadowUrl), format).run(out());
        }
        int state = checkState();
        return drift ? Math.max(state, DriftCheck.run(project(), shadowUrl, out(), spec.commandLine().getErr())) : state;
    }

    private int checkState() {
        Verdict verdict = project().migrations().check(target);
        boolean fails = verdict.lastFailure().isPresent() || verdict.findings().stream()
                .anyMatch(finding -> verdict.policy(finding.problem()) == Policy.FAIL);
        if (verdict.isClean()) {
            out().println("Database is up to date at " + heads(verdict.current()) + ".");
            return ExitCode.SUCCESS;
        }
        verdict.lastFailure().ifPresent(row -> out().println("Last run failed: " + row.direction().label() + " "
                + (row.revision() == null ? "base" : row.revision()) + " at " + row.appliedAt() + ": "
                + (row.unfinished() ? "never finished" : row.error()) + ". See 'migrations log'."));
        for (String id : verdict.unknown()) {
            out().println("Unknown revision in the database: " + id + " (no revision file defines it)."
                    + accepted(verdict.onUnknownRevision(), "the unknown-revision policy"));
        }
        for (Revision revision : verdict.pending()) {
            out().println("Pending: " + revision.id() + (revision.message().isEmpty() ? "" : ", " + revision.message()));
        }
        if (verdict.onChecksumMismatch() != Policy.IGNORE) {
            for (Revision revision : verdict.edited()) {
                out().println("Edited since applied: " + revision.id() + " (" + revision.location() + ")"
                        + accepted(verdict.onChecksumMismatch(), "--on-checksum-mismatch"));
            }
        }
        out().println("Database is at " + heads(verdict.current()) + "; " + (target.equals("heads")
                ? "revision heads are " : "target " + target + " is ") + heads(verdict.expected()) + ".");
        return fails ? ExitCode.FAILURE : ExitCode.SUCCESS;
    }

    private static String accepted(Policy policy, String setting) {
        return policy == Policy.FAIL ? "" : " Accepted: " + setting + " is " + policy.name().toLowerCase(Locale.ROOT) + ".";
    }

    private static String heads(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
