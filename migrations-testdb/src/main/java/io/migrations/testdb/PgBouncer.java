package io.migrations.testdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real pgbouncer in front of the test server, started by a test with a config file of its own on a free local port,
 * as Supabase's pooler and many pgbouncer set-ups run: {@code pool_mode = transaction}, so consecutive transactions of
 * one client may run on different server connections. Clients log in with any user name and no password; pgbouncer
 * logs in to the server as the test server's user.
 *
 * <p>pgbouncer must be installed ({@code apt-get install pgbouncer}, as {@code .ci/run} does); without it, {@link #start}
 * fails saying so rather than letting the tests pass unseen.
 */
public final class PgBouncer implements AutoCloseable {

    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/sbin/pgbouncer"), Path.of("/usr/bin/pgbouncer"),
            Path.of("/usr/local/bin/pgbouncer"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private PgBouncer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** How pgbouncer assigns server connections. */
    public enum PoolMode {
        /** A server connection per transaction: what breaks session-level advisory locks and {@code SET}. */
        TRANSACTION,
        /** A server connection per client connection, as with a direct connection. */
        SESSION
    }

    /**
     * Starts pgbouncer in front of {@code server}, its config and log under {@code workDir}.
     *
     * @throws IllegalStateException when pgbouncer is not installed or does not come up; the message says how to fix it
     */
    public static PgBouncer start(TestServer server, PoolMode mode, Path workDir) {
        Path executable = executable();
        try {
            Files.createDirectories(workDir);
            int port = freePort();
            URI target = URI.create(server.baseUrl().substring("jdbc:".length()));
            Path config = workDir.resolve("pgbouncer-" + port + ".ini");
            Path log = workDir.resolve("pgbouncer-" + port + ".log");
            Files.writeString(config, String.join("\n",
                    "[databases]",
                    "* = host=" + target.getHost() + " port=" + (target.getPort() < 0 ? 5432 : target.getPort())
                            + " user=" + server.user() + (server.password().isEmpty() ? "" : " password=" + server.password()),
                    "[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    "listen_port = " + port,
                    "unix_socket_dir =",
                    "auth_type = any",
                    "pool_mode = " + mode.name().toLowerCase(Locale.ROOT),
                    // pgjdbc sends it at login; pgbouncer refuses startup parameters it does not know.
                    "ignore_startup_parameters = extra_float_digits",
                    "max_client_conn = 500",
                    "default_pool_size = 20",
                    ""));
            config.toFile().setReadable(true, false);
            List<String> command = new ArrayList<>(List.of(executable.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                // pgbouncer refuses to run as root; it reads its config first, then switches.
                command.addAll(List.of("-u", "nobody"));
            }
            command.add(config.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PgBouncer bouncer = new PgBouncer(process, port, log);
            bouncer.awaitListening();
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "pgbouncer"));
        return Stream.concat(EXECUTABLES.stream(), onPath).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("pgbouncer is not installed, and the pooler tests need a "
                        + "real one: install it with 'apt-get install pgbouncer' (as .ci/run does) or put it on the PATH."));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("pgbouncer exited with code " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("pgbouncer did not listen on port " + port + " within " + START_TIMEOUT.toSeconds()
                + " s:\n" + log());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for pgbouncer", e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** The JDBC URL of {@code database} through pgbouncer. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** What pgbouncer logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops pgbouncer (SIGTERM, then SIGKILL if it lingers). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
