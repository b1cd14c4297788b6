package io.migrations.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.MigrationResult;
import io.migrations.internal.connect.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The thread that runs a fleet, interrupted while targets are in flight (as Spring's context close does to a start
 * that migrates tenants when SIGTERM comes): the fleet stops as on Ctrl-C, but still waits for the targets in flight.
 */
class FleetInterruptTest {

    @Test
    void anInterruptStopsTheFleetAfterTheTargetsInFlightAndIsRestored() throws Exception {
        List<FleetTarget> targets = IntStream.range(0, 6).mapToObj(i -> FleetTarget.schema("tenant_" + i)).toList();
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Fleet fleet = new Fleet(new FleetPolicy(2, 1, 0), Redactor.NONE);
        AtomicReference<List<FleetOutcome>> outcomes = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();

        Thread running = new Thread(() -> {
            outcomes.set(fleet.run(targets, target -> new TargetWork(() -> {
                twoStarted.countDown();
                awaitQuietly(release);
                return new MigrationResult(List.of(), List.of(), List.of("r1"), Duration.ZERO);
            }, List::of)));
            interruptedAfter.set(Thread.interrupted());
        }, "fleet-caller");
        running.start();
        assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();

        List<Thread.State> states = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            states.add(running.getState());
            Thread.sleep(5);
        }
        assertThat(states).as("a thread Spring's close finds WAITING it takes for stuck").doesNotContain(
                Thread.State.WAITING);

        running.interrupt();
        running.join(300);
        assertThat(running.isAlive()).as("still waiting for the two targets in flight").isTrue();
        release.countDown();
        running.join(10_000);

        assertThat(running.isAlive()).isFalse();
        assertThat(interruptedAfter).isTrue();
        assertThat(fleet.stopReason()).isEqualTo(FleetStop.STOPPED);
        assertThat(outcomes.get()).extracting(FleetOutcome::result).containsExactly(FleetOutcome.Result.AT_TARGET,
                FleetOutcome.Result.AT_TARGET, FleetOutcome.Result.NOT_STARTED, FleetOutcome.Result.NOT_STARTED,
                FleetOutcome.Result.NOT_STARTED, FleetOutcome.Result.NOT_STARTED);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
