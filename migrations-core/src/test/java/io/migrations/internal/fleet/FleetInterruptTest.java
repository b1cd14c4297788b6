package io.migrations.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Direction;
import io.migrations.api.MigrationResult;
import io.migrations.api.PlannedStep;
import io.migrations.api.StepListener;
import io.migrations.api.TransactionPer;
import io.migrations.internal.connect.Redactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Interrupts and a fleet: the thread that runs a fleet, interrupted while targets are in flight (as Spring's context
 * close does to a start that migrates tenants when SIGTERM comes), stops the fleet as Ctrl-C does but still waits for
 * the targets in flight; and a stop interrupts the targets that have not started a revision, so that a wait for
 * another run's lock ends at once.
 */
class FleetInterruptTest {

    /** A step as the engine announces it before it starts a revision. */
    private static final PlannedStep FIRST_STEP = new PlannedStep(Direction.STAMP, Optional.empty(), List.of(),
            List.of("r1"));

    @Test
    void anInterruptStopsTheFleetAfterTheTargetsInFlightAndIsRestored() throws Exception {
        List<FleetTarget> targets = IntStream.range(0, 6).mapToObj(i -> FleetTarget.schema("tenant_" + i)).toList();
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Fleet fleet = new Fleet(new FleetPolicy(2, 1, 0), Redactor.NONE);
        StepListener listener = fleet.listenerFor(TransactionPer.REVISION, StepListener.NONE);
        AtomicReference<List<FleetOutcome>> outcomes = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();

        Thread running = new Thread(() -> {
            outcomes.set(fleet.run(targets, target -> new TargetWork(() -> {
                listener.beforeStep(FIRST_STEP);
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

    @Test
    void aStopInterruptsTheTargetsNotAtARevisionYetAndNoOther() throws Exception {
        List<FleetTarget> targets = IntStream.range(0, 3).mapToObj(i -> FleetTarget.schema("tenant_" + i)).toList();
        Fleet fleet = new Fleet(new FleetPolicy(2, 1, 0), Redactor.NONE);
        StepListener listener = fleet.listenerFor(TransactionPer.REVISION, StepListener.NONE);
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch waitingEnded = new CountDownLatch(1);
        CountDownLatch releaseRevision = new CountDownLatch(1);
        Map<String, Boolean> interruptedAfter = new ConcurrentHashMap<>();
        AtomicReference<List<FleetOutcome>> outcomes = new AtomicReference<>();

        Thread running = new Thread(() -> outcomes.set(fleet.run(targets, target -> new TargetWork(() -> {
            if (target.schema().equals("tenant_0")) {
                // a revision in flight: the stop lets it finish
                listener.beforeStep(FIRST_STEP);
                bothRunning.countDown();
                awaitQuietly(releaseRevision);
                interruptedAfter.put("in flight", Thread.currentThread().isInterrupted());
                return new MigrationResult(List.of(), List.of(), List.of("r1"), Duration.ZERO);
            }
            // waiting for another run's lock, as LockWait does: the stop ends the wait
            bothRunning.countDown();
            try {
                Thread.sleep(60_000);
                return new MigrationResult(List.of(), List.of(), List.of("r1"), Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
            } finally {
                waitingEnded.countDown();
            }
        }, () -> {
            interruptedAfter.put("reading " + target.schema(), Thread.currentThread().isInterrupted());
            return List.of();
        }))), "fleet-caller");
        running.start();
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();

        fleet.stop();
        assertThat(waitingEnded.await(10, TimeUnit.SECONDS)).as("the wait ended before its minute").isTrue();
        releaseRevision.countDown();
        running.join(10_000);

        assertThat(running.isAlive()).isFalse();
        assertThat(outcomes.get()).extracting(FleetOutcome::result).containsExactly(FleetOutcome.Result.AT_TARGET,
                FleetOutcome.Result.STOPPED, FleetOutcome.Result.NOT_STARTED);
        assertThat(outcomes.get().get(1).steps()).isZero();
        assertThat(outcomes.get().get(1).error()).isNull();
        assertThat(fleet.failures()).isZero();
        assertThat(interruptedAfter).containsEntry("in flight", false)
                .as("the interrupt is cleared before the target's state is read").containsEntry("reading tenant_1", false);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
