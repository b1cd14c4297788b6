package io.migrations.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootVersion;
import org.springframework.util.ClassUtils;

/** The Spring Boot generations the starters are built for, each with its own starter. */
public enum BootGeneration {

    /** Spring Boot 3.5 (Spring Framework 6.2). */
    BOOT_3("Spring Boot 3.5", "migrations-spring-boot3-starter"),
    /** Spring Boot 4.x (Spring Framework 7). */
    BOOT_4("Spring Boot 4", "migrations-spring-boot-starter");

    // Only Boot 4 has the environment post-processor interface in this package (Boot 3 has it in ...boot.env).
    private static final String BOOT_4_MARKER = "org.springframework.boot.EnvironmentPostProcessor";

    private final String label;
    private final String starter;

    BootGeneration(String label, String starter) {
        this.label = label;
        this.starter = starter;
    }

    /** The generation of the Spring Boot that {@code classLoader} sees. */
    public static BootGeneration of(ClassLoader classLoader) {
        return ClassUtils.isPresent(BOOT_4_MARKER, classLoader) ? BOOT_4 : BOOT_3;
    }

    /** What to tell a user on the wrong generation, or null when {@code expected} is the running one. */
    static @Nullable String mismatch(BootGeneration expected, ClassLoader classLoader) {
        BootGeneration running = of(classLoader);
        String version = SpringBootVersion.getVersion();
        if (running == BOOT_3 && version != null && version.matches("3\\.[0-4]\\..*")) {
            return "io.migrations needs Spring Boot 3.5 or later, but the application runs Spring Boot " + version
                    + ". Upgrade to Spring Boot 3.5, or use " + BOOT_4.starter + " with Spring Boot 4.";
        }
        if (running == expected) {
            return null;
        }
        return expected.starter + " is built for " + expected.label + ", but the application runs "
                + (version != null ? "Spring Boot " + version : running.label) + ". Replace it with "
                + running.starter + " (same group io.migrations and version), and drop any io.migrations "
                + "module built for " + expected.label + ".";
    }

    /** The starter for this generation. */
    public String starter() {
        return starter;
    }
}
