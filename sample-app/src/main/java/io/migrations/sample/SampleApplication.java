package io.migrations.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample service: workspaces, users, API keys and LLM call logs over REST. Its schema is built only by the
 * revisions under {@code db/migrations}, applied by the migrations starter before the repositories start.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
