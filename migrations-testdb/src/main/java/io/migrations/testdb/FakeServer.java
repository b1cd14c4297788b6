package io.migrations.testdb;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local TCP server that plays a broken or demanding PostgreSQL server, for connection tests no real server can
 * stage: one that accepts connections and never answers (a stuck proxy or pooler), or one that declines SSL and asks
 * for SCRAM authentication. Listens on a free port of 127.0.0.1 until closed.
 */
public final class FakeServer implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int SASL = 10;

    /** How the server behaves once a client is connected. */
    public enum Behaviour {
        /** Accepts the TCP connection, then reads and writes nothing. */
        SILENT,
        /** Declines SSL and GSS encryption, then asks for SCRAM-SHA-256 authentication and waits. */
        DECLINES_SSL_ASKS_FOR_SCRAM
    }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private FakeServer(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptAll, "fake-postgres-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server that behaves as given. */
    public static FakeServer start(Behaviour behaviour) {
        return new FakeServer(behaviour);
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** {@code 127.0.0.1:port}. */
    public String hostAndPort() {
        return "127.0.0.1:" + port();
    }

    /** How many connections it has accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                accepted.incrementAndGet();
                if (behaviour == Behaviour.DECLINES_SSL_ASKS_FOR_SCRAM) {
                    Thread talker = new Thread(() -> askForScram(client), "fake-postgres-client");
                    talker.setDaemon(true);
                    talker.start();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void askForScram(Socket client) {
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            DataOutputStream out = new DataOutputStream(client.getOutputStream());
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                in.skipNBytes(length - 8L);
                if (code == SSL_REQUEST || code == GSS_REQUEST) {
                    out.writeByte('N');
                    out.flush();
                    continue;
                }
                byte[] mechanisms = "SCRAM-SHA-256\0\0".getBytes(StandardCharsets.US_ASCII);
                out.writeByte('R');
                out.writeInt(8 + mechanisms.length);
                out.writeInt(SASL);
                out.write(mechanisms);
                out.flush();
                in.readAllBytes();
                return;
            }
        } catch (IOException e) {
            // The client gave up, as it should.
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket client : clients) {
                client.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
