package io.migrations.cli;

import io.migrations.internal.fleet.FleetPolicy;
import io.migrations.internal.fleet.FleetStop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that turn a database command into a fleet run (see docs/fleets.md): which targets, how many at once,
 * and when to stop. Without a target option the command runs against {@code --url} alone, as always.
 */
final class FleetOptions {

    @Option(names = "--schemas", paramLabel = "<schema>", split = ",", order = 40,
            description = "Fleet: run once per schema of --url, e.g. --schemas tenant_a,tenant_b. Each schema holds its "
                    + "own version and history tables and comes first on the search_path.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--schemas-query", paramLabel = "<sql>", order = 41,
            description = "Fleet: the schemas are the first column of this query, run on --url.")
    String schemasQuery;

    @Option(names = "--targets", paramLabel = "<file>", order = 42,
            description = "Fleet: one database URL per line of this file; blank lines and # comments are skipped.")
    Path targetsFile;

    @Option(names = "--parallel", paramLabel = "<n>", order = 43,
            description = "Fleet: how many targets run at once (default: 1).")
    int parallel = 1;

    @Option(names = "--max-failures", paramLabel = "<m>", converter = MaxFailures.class, order = 44,
            description = "Fleet: start no new target after this many failures, or 'all' to keep going (default: 1).")
    int maxFailures = 1;

    @Option(names = "--canary", paramLabel = "<k>", order = 45,
            description = "Fleet: run the first k targets (for an upgrade over schemas, of those not at its target "
                    + "yet) before the others, and stop if any of them fails.")
    int canary;

    @Option(names = "--report", paramLabel = "<file.json>", order = 46,
            description = "Fleet: write one JSON entry per target (target, before, after, steps, duration, error).")
    Path report;

    /**
     * Whether any target option was given.
     *
     * @throws CliException when only options of how a fleet runs were, which would otherwise be silently ignored
     */
    boolean active() {
        boolean targets = !schemas.isEmpty() || schemasQuery != null || targetsFile != null;
        if (!targets && (parallel != 1 || maxFailures != 1 || canary != 0 || report != null)) {
            throw new CliException("--parallel, --max-failures, --canary and --report apply to a fleet; name its "
                    + "targets with --schemas, --schemas-query or --targets.");
        }
        return targets;
    }

    /** The rollout these options ask for. */
    FleetPolicy policy() {
        return new FleetPolicy(parallel, maxFailures, canary);
    }

    /** How the report names why the rollout stopped, with the option that made it stop. */
    String describe(FleetStop stop, int failures) {
        return switch (stop) {
            case CANARY_FAILED -> "a canary failed (--canary " + canary + ")";
            case MAX_FAILURES -> failures + (failures == 1 ? " target" : " targets") + " failed (--max-failures "
                    + maxFailures + ")";
            case STOPPED -> "interrupted (Ctrl-C)";
        };
    }

    /** {@code all}, or a positive count. */
    static final class MaxFailures implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return FleetPolicy.maxFailures(value).orElseThrow(
                    () -> new TypeConversionException("'" + value + "' is not a positive number or 'all'"));
        }
    }
}
