package io.migrations.spring;

/** Stops the start when this module, built for Spring Boot 4, finds an older Spring Boot. */
public class SpringBootGenerationCheck extends BootGenerationCheck {

    public SpringBootGenerationCheck() {
        super(BootGeneration.BOOT_4);
    }
}
