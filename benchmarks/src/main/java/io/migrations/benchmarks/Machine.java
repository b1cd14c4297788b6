package io.migrations.benchmarks;

import io.migrations.testdb.TestServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;

/** Describes the machine a run measured, for the results section: CPUs, memory, JDK, PostgreSQL. */
final class Machine {

    private Machine() {
    }

    /** A few lines: CPUs and model, memory, OS, JDK and heap, PostgreSQL server version. */
    static String describe(TestServer server) {
        Runtime runtime = Runtime.getRuntime();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return "CPUs: " + runtime.availableProcessors() + " (" + cpuModel() + ")\n"
                + "Memory: " + os.getTotalMemorySize() / (1024 * 1024) + " MiB\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB, JVM options "
                + ManagementFactory.getRuntimeMXBean().getInputArguments() + "\n"
                + "PostgreSQL: " + serverVersion(server) + " (" + server.description() + ")";
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("model unknown");
        } catch (IOException e) {
            return "model unknown";
        }
    }

    private static String serverVersion(TestServer server) {
        Properties props = new Properties();
        props.setProperty("user", server.user());
        props.setProperty("password", server.password());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(server.adminDb()), props);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), "
                     + "current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            // Commit durability decides most of the apply time, so it belongs with the version.
            return rs.getString(1) + ", server settings fsync=" + rs.getString(2) + ", synchronous_commit="
                    + rs.getString(3);
        } catch (SQLException e) {
            return "version unknown (" + e.getMessage() + ")";
        }
    }
}
