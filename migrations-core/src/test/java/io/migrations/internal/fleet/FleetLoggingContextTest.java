package io.migrations.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.MigrationResult;
import io.migrations.internal.connect.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Lines logged while a fleet runs a target can say which target they are about, however many run at once. */
class FleetLoggingContextTest {

    @Test
    void eachTargetRunsWithItsLabelInTheLoggingContextAndTheNameOfItsWorkerThread() {
        List<FleetTarget> targets = IntStream.range(0, 12).mapToObj(i -> FleetTarget.schema("tenant_" + i)).toList();
        Map<String, String> seen = new ConcurrentHashMap<>();
        Map<String, String> threads = new ConcurrentHashMap<>();
        Fleet fleet = new Fleet(new FleetPolicy(3, FleetPolicy.ALL, 0), Redactor.NONE);

        List<FleetOutcome> outcomes = fleet.run(targets, target -> new TargetWork(() -> {
            seen.put(target.schema(), String.valueOf(MDC.get(Fleet.TARGET_KEY)));
            threads.put(target.schema(), Thread.currentThread().getName());
            if (target.schema().equals("tenant_5")) {
                throw new IllegalStateException("tenant_5 fails");
            }
            return new MigrationResult(List.of(), List.of(), List.of("r1"), Duration.ZERO);
        }, List::of));

        assertThat(outcomes).hasSize(12);
        assertThat(outcomes.get(5).result()).isEqualTo(FleetOutcome.Result.FAILED);
        targets.forEach(target -> assertThat(seen).containsEntry(target.schema(), target.schema()));
        threads.forEach((schema, name) -> assertThat(name).matches("migrations-fleet-[1-3]:" + schema));
    }
}
