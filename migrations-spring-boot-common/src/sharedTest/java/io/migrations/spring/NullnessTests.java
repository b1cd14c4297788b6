package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The starter's API says where null is allowed (JSpecify), as the core's does. */
class NullnessTests {

    @Test
    void apiPackagesAreNullMarked() {
        List<String> packages = List.of("io.migrations", "io.migrations.api", "io.migrations.ops", "io.migrations.java",
                "io.migrations.catalog", "io.migrations.spring", "io.migrations.spring.endpoint",
                "io.migrations.spring.metrics", "io.migrations.spring.observation", "io.migrations.spring.model",
                "io.migrations.spring.lint", "io.migrations.spring.drift",
                "io.migrations.spring.console", "io.migrations.spring.health", "io.migrations.spring.aot",
                "io.migrations.spring.testcontainers", "io.migrations.spring.docker", "io.migrations.spring.tenants");
        assertThat(packages).allSatisfy(name -> assertThat(Class.forName(name + ".package-info")
                .isAnnotationPresent(NullMarked.class)).as(name).isTrue());
    }
}
