package io.migrations.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 4: what the Spring Boot starter adds to an application start when nothing is pending. The same
 * minimal application ({@link StartupApp}) starts in this JVM with the starter's auto-configuration and without
 * it (excluded by name), alternating, against the database {@code ours} migrated; the time is
 * {@link SpringApplication#run} until the context is ready, closing it is not timed.
 */
final class StartupScenario {

    static final String NAME = "startup";
    static final String WITH = "with-starter";
    static final String WITHOUT = "without-starter";
    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";
    private static final int WARM_UPS = 3;

    private final int runs;
    private final Report report;

    StartupScenario(int runs, Report report) {
        this.runs = runs;
        this.report = report;
    }

    /** Measures both variants on {@code applied}, which {@code ours} migrated. */
    void run(Applied applied) throws IOException {
        List<String> starter = starterAutoConfigurations();
        if (starter.isEmpty()) {
            report.section("Scenario 4 skipped: the Spring Boot starter is not on the class path (no io.migrations "
                    + "entry in any " + IMPORTS + ")");
            return;
        }
        report.section("Scenario 4: Spring Boot start with and without the starter, nothing pending (n="
                + applied.workload().size() + "), " + WARM_UPS + " warm-ups then " + runs + " runs each");
        Map<String, Object> with = properties(applied);
        Map<String, Object> without = new HashMap<>(with);
        without.put("spring.autoconfigure.exclude", String.join(",", starter));
        // The starter's context initializer cannot be excluded by name; disabled, it reads nothing ahead.
        without.put("migrations.enabled", "false");
        for (int i = 0; i < WARM_UPS; i++) {
            start(with);
            start(without);
        }
        List<Double> withTimes = new ArrayList<>();
        List<Double> withoutTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            withTimes.add(start(with));
            withoutTimes.add(start(without));
        }
        report.add(new Result(NAME, WITHOUT, applied.workload().size(), withoutTimes));
        report.add(new Result(NAME, WITH, applied.workload().size(), withTimes));
    }

    private static Map<String, Object> properties(Applied applied) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", applied.db().jdbcUrl());
        properties.put("spring.datasource.username", applied.db().user());
        properties.put("spring.datasource.password", applied.db().password());
        properties.put("migrations.locations", "filesystem:" + applied.workload().ours());
        return properties;
    }

    private static double start(Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(StartupApp.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(properties);
        long start = System.nanoTime();
        ConfigurableApplicationContext context = application.run();
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        context.close();
        return ms;
    }

    /** The starter's auto-configuration classes, read from Spring Boot's registration files. */
    private static List<String> starterAutoConfigurations() throws IOException {
        List<String> classes = new ArrayList<>();
        for (URL url : Collections.list(StartupScenario.class.getClassLoader().getResources(IMPORTS))) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> line.startsWith("io.migrations.")).forEach(classes::add);
            }
        }
        return classes;
    }
}
