package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;

/** Each line recognizes its own Spring Boot generation and refuses the other one, naming the starter to use. */
class BootGenerationCheckTests {

    private final ClassLoader classLoader = getClass().getClassLoader();

    private static BootGeneration other() {
        return BootLine.GENERATION == BootGeneration.BOOT_4 ? BootGeneration.BOOT_3 : BootGeneration.BOOT_4;
    }

    @Test
    void theRunningGenerationIsRecognized() {
        assertThat(BootGeneration.of(classLoader)).isEqualTo(BootLine.GENERATION);
        assertThat(BootGeneration.mismatch(BootLine.GENERATION, classLoader)).isNull();
    }

    @Test
    void aStarterOfTheOtherGenerationStopsTheStartNamingTheRightStarter() {
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.addListeners(new BootGenerationCheck(other()) {
        });
        assertThatThrownBy(application::run).isInstanceOf(MigrationsConfigurationException.class)
                .hasMessageContaining(other().starter() + " is built for")
                .hasMessageContaining("runs Spring Boot " + SpringBootVersion.getVersion())
                .hasMessageContaining("Replace it with " + BootLine.GENERATION.starter());
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
