package io.migrations.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * The sizes of the fleet scenario ({@code --scenarios=fleet}); the defaults are the issue's, smaller ones make a quick
 * run.
 *
 * @param schemas       tenant schemas in the one database ({@code --fleet-schemas})
 * @param revisions     revisions per schema, at least {@link FleetRevision#SHAPED} + 1 ({@code --fleet-revisions})
 * @param parallel      the {@code --parallel} values of the speed-up curve ({@code --fleet-parallel})
 * @param memorySchemas schemas the CLI migrates under {@code -Xmx256m} ({@code --fleet-memory-schemas}; 0 skips it)
 * @param cliJar        the CLI's fat jar ({@code --cli-jar})
 * @param rounds        how many times each way migrates a fleet, the ways taking turns ({@code --fleet-rounds})
 */
record FleetSizes(int schemas, int revisions, List<Integer> parallel, int memorySchemas, Path cliJar, int rounds) {

    /** The sizes. */
    static final FleetSizes DEFAULT = new FleetSizes(1000, 20, List.of(1, 2, 4, 8), 10_000,
            Path.of("migrations-cli/target/migrations.jar"), 3);

    FleetSizes {
        parallel = List.copyOf(parallel);
        if (schemas < 1 || memorySchemas < 0 || parallel.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("--fleet-schemas and --fleet-rounds must be 1 or more, "
                    + "--fleet-memory-schemas 0 or more, and --fleet-parallel not empty");
        }
        if (revisions <= FleetRevision.SHAPED) {
            throw new IllegalArgumentException("--fleet-revisions must be more than " + FleetRevision.SHAPED
                    + " (the first ones build the customers and orders tables), got " + revisions);
        }
    }

    FleetSizes withSchemas(int value) {
        return new FleetSizes(value, revisions, parallel, memorySchemas, cliJar, rounds);
    }

    FleetSizes withRevisions(int value) {
        return new FleetSizes(schemas, value, parallel, memorySchemas, cliJar, rounds);
    }

    FleetSizes withParallel(List<Integer> value) {
        return new FleetSizes(schemas, revisions, value, memorySchemas, cliJar, rounds);
    }

    FleetSizes withMemorySchemas(int value) {
        return new FleetSizes(schemas, revisions, parallel, value, cliJar, rounds);
    }

    FleetSizes withRounds(int value) {
        return new FleetSizes(schemas, revisions, parallel, memorySchemas, cliJar, value);
    }

    FleetSizes withCliJar(Path value) {
        return new FleetSizes(schemas, revisions, parallel, memorySchemas, value, rounds);
    }
}
