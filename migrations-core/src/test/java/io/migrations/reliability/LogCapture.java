package io.migrations.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Collects every log line (message, logging context when there is one, stack trace) of this JVM while open. */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            String trace = event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            String context = event.getMDCPropertyMap().isEmpty() ? "" : " " + event.getMDCPropertyMap();
            lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage() + context
                    + trace);
        }
    };

    private LogCapture() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    /** Starts capturing. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** The lines captured so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Waits until a line matches; the bound only keeps a broken test from hanging.
     *
     * @throws AssertionError when no line matched within {@code atMost}
     */
    public String await(Predicate<String> matches, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (matches.test(line)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No log line matched within " + atMost + "; lines:\n" + String.join("\n", lines));
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
