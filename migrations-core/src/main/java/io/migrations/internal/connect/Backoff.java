package io.migrations.internal.connect;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff: the first pause is {@code firstDelay}, each next one
 * twice as long, never more than 30 s.
 *
 * @param retries    extra attempts after the first failure
 * @param firstDelay pause before the first retry
 */
public record Backoff(int retries, Duration firstDelay) {

    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** No retries. */
    public static final Backoff NONE = new Backoff(0, Duration.ZERO);

    public Backoff {
        if (retries < 0 || firstDelay == null || firstDelay.isNegative()) {
            throw new IllegalArgumentException("retries must be 0 or more and firstDelay zero or positive, got "
                    + retries + " and " + firstDelay);
        }
    }

    /** Whether another attempt may follow failed attempt number {@code attempt} (0 for the first). */
    public boolean allowsRetryAfter(int attempt) {
        return attempt < retries;
    }

    /** The pause after failed attempt number {@code attempt} (0 for the first). */
    public Duration delayAfter(int attempt) {
        Duration delay = firstDelay;
        for (int i = 0; i < attempt && delay.compareTo(MAX_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * Sleeps for {@link #delayAfter(int)}.
     *
     * @throws IllegalStateException when interrupted, with the interrupt flag set again
     */
    public void pauseAfter(int attempt) {
        try {
            Thread.sleep(delayAfter(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
