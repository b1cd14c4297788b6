package io.migrations.spring.app;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A plain application with the starter's auto-configuration, as users write it; run in-process and as a child JVM. */
@SpringBootApplication
public class TestApplication {

    /** Printed by a command-line runner, which a migrate-only run must not reach. */
    public static final String RUNNERS_RAN = "Application runners ran";

    public static void main(String[] args) {
        SpringApplication.run(TestApplication.class, args);
    }

    @Bean
    CommandLineRunner announce() {
        return args -> System.out.println(RUNNERS_RAN);
    }
}
