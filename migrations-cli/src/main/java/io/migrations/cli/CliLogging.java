package io.migrations.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.LoggerFactory;

/**
 * Logging of the command line tool, set up in code (found by logback through {@code META-INF/services}) so that
 * no XML is parsed at start-up: the library's INFO lines on stderr in Alembic's layout,
 * {@code INFO  [io.migrations.internal.engine.Executor] Running upgrade  -> 1a2b3c4d5e6f, init (12 ms)}, other libraries
 * only from WARN. Stdout stays free for command output and {@code --sql} scripts.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    /** Logger of the library's own classes. */
    static final String LIBRARY = "io.migrations";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Line line = new Line();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger(LIBRARY).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * {@code %-5level [%logger] %msg%n}, and the stack trace of an exception logged with the line, written by hand:
     * logback's pattern parser and its table of converters cost a short command a measurable part of its start-up.
     */
    static final class Line extends LayoutBase<ILoggingEvent> {

        @Override
        public String doLayout(ILoggingEvent event) {
            String level = event.getLevel().toString();
            StringBuilder line = new StringBuilder(128).append(level);
            for (int i = level.length(); i < 5; i++) {
                line.append(' ');
            }
            line.append(" [").append(event.getLoggerName()).append("] ").append(event.getFormattedMessage())
                    .append(CoreConstants.LINE_SEPARATOR);
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }
    }

    /** Turns on the library's DEBUG lines ({@code --debug}). */
    static void enableDebug() {
        if (LoggerFactory.getLogger(LIBRARY) instanceof Logger library) {
            library.setLevel(Level.DEBUG);
        }
    }
}
