package io.migrations.spring;

/** Stops the start when this module, built for Spring Boot 3.5, finds another generation. */
public class SpringBootGenerationCheck extends BootGenerationCheck {

    public SpringBootGenerationCheck() {
        super(BootGeneration.BOOT_3);
    }
}
