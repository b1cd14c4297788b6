package io.migrations.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.migrations.spring.MigrationCallback;
import org.jspecify.annotations.Nullable;

/**
 * Observes every run of every runner ({@value MigrationObservationContext#RUN}) and each of its steps
 * ({@value MigrationObservationContext#REVISION}, a child of the run), through the {@link MigrationCallback}s that
 * runners call on the thread that runs them. Each observation is in scope while it runs, so that what the run does
 * (JDBC observations, logs with trace ids) belongs to it. A failure is the error of the step that failed and of its run.
 */
public class MigrationObservationCallback implements MigrationCallback {

    private static final MigrationObservationConvention DEFAULT = new DefaultMigrationObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable MigrationObservationConvention convention;
    /** The run observed on each thread, with its step while one runs. */
    private final ThreadLocal<Run> runs = new ThreadLocal<>();

    /**
     * @param registry   where the observations go
     * @param convention replaces the {@link DefaultMigrationObservationConvention}; null to keep it
     */
    public MigrationObservationCallback(ObservationRegistry registry, @Nullable MigrationObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public void beforeRun(RunStarting event) {
        MigrationObservationContext context = MigrationObservationContext.run(event.runner(), event.direction(),
                event.target());
        runs.set(new Run(context, Open.start(observation(context, null))));
    }

    @Override
    public void beforeRevision(RevisionStarting event) {
        Run run = runs.get();
        if (run != null) {
            run.step = Open.start(observation(MigrationObservationContext.step(run.context, event.step()),
                    run.open.observation()));
        }
    }

    @Override
    public void afterRevision(RevisionApplied event) {
        Run run = runs.get();
        if (run != null && run.step != null) {
            run.step.stop(null);
            run.step = null;
        }
    }

    @Override
    public void afterRun(RunFinished event) {
        finish(null);
    }

    @Override
    public void onFailure(RunFailed event) {
        finish(event.failure());
    }

    private void finish(@Nullable Throwable failure) {
        Run run = runs.get();
        if (run == null) {
            return;
        }
        runs.remove();
        if (run.step != null) {
            run.step.stop(failure);
        }
        run.open.stop(failure);
    }

    private Observation observation(MigrationObservationContext context, @Nullable Observation parent) {
        return Observation.createNotStarted(convention, DEFAULT, () -> context, registry).parentObservation(parent);
    }

    /** The run's context and observation, and the step's while one runs. */
    private static final class Run {

        private final MigrationObservationContext context;
        private final Open open;
        private @Nullable Open step;

        Run(MigrationObservationContext context, Open open) {
            this.context = context;
            this.open = open;
        }
    }

    /** A started observation and its scope on this thread. */
    private record Open(Observation observation, Observation.Scope scope) {

        static Open start(Observation observation) {
            return new Open(observation.start(), observation.openScope());
        }

        void stop(@Nullable Throwable failure) {
            scope.close();
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }
}
