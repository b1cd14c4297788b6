package io.migrations.cli;

import io.migrations.internal.fleet.Fleet;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Logging of the command line tool: an SLF4J provider of its own (found through {@code META-INF/services}), since a
 * command writes one kind of line and a logging framework's set-up was a measurable part of a short command's
 * start-up. The library's INFO lines go to stderr in Alembic's layout,
 * {@code INFO  [io.migrations.internal.engine.Executor] Running upgrade  -> 1a2b3c4d5e6f, init (12 ms)}, other
 * libraries' only from WARN; stdout stays free for command output and {@code --sql} scripts. A line logged for one
 * target of a fleet starts its message with the target, {@code tenant_7: Running upgrade …}, as the fleet's other
 * output does.
 */
public final class CliLogging implements SLF4JServiceProvider {

    /** Logger of the library's own classes. */
    static final String LIBRARY = "io.migrations";
    /** Back to the start of the line, and erase it (ANSI "erase in line"). */
    static final String CLEAR_LINE = "\r\u001b[K";

    private final Lines lines = new Lines();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return lines;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to read: the levels are fixed, and --debug raises the library's.
    }

    /** Turns on the library's DEBUG lines ({@code --debug}). */
    static void enableDebug() {
        if (LoggerFactory.getILoggerFactory() instanceof Lines factory) {
            factory.debug = true;
        }
    }

    /**
     * Keeps {@code text} as the last line of a terminal, below the log lines, until replaced: a progress line. Each
     * log line then erases it, takes its place and writes it again below. {@code null} erases it for good.
     */
    static void footer(String text) {
        String line = CLEAR_LINE + (text == null ? "" : text);
        if (LoggerFactory.getILoggerFactory() instanceof Lines factory) {
            factory.footer = text;
        }
        PrintStream err = System.err;
        synchronized (err) {
            err.print(line);
            err.flush();
        }
    }

    /** One logger per name, all writing through the same levels. */
    static final class Lines implements ILoggerFactory {

        private final ConcurrentMap<String, Line> loggers = new ConcurrentHashMap<>();
        private volatile boolean debug;
        private volatile String footer;

        @Override
        public Logger getLogger(String name) {
            return loggers.computeIfAbsent(name, logger -> new Line(logger, this));
        }
    }

    /**
     * {@code %-5level [%logger] %X{migrations.target}: %msg%n} (the target and its colon only when there is one), then
     * the stack trace of an exception logged with the line; written to the {@code System.err} of the moment, so that a
     * caller that redirects it (a test, an embedding tool) gets the lines.
     */
    static final class Line extends LegacyAbstractLogger {

        private final transient Lines lines;
        private final boolean library;

        Line(String name, Lines lines) {
            this.name = name;
            this.lines = lines;
            this.library = name.equals(LIBRARY) || name.startsWith(LIBRARY + ".");
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return library && lines.debug;
        }

        @Override
        public boolean isInfoEnabled() {
            return library;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable thrown) {
            String label = level.toString();
            StringBuilder line = new StringBuilder(128).append(label);
            for (int i = label.length(); i < 5; i++) {
                line.append(' ');
            }
            line.append(" [").append(name).append("] ");
            String target = MDC.get(Fleet.TARGET_KEY);
            if (target != null) {
                line.append(target).append(": ");
            }
            line.append(MessageFormatter.basicArrayFormat(pattern, arguments)).append(System.lineSeparator());
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            String footer = lines.footer;
            if (footer != null) {
                line.insert(0, CLEAR_LINE).append(footer);
            }
            PrintStream err = System.err;
            synchronized (err) {
                err.print(line);
                err.flush();
            }
        }
    }
}
