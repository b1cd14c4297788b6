package org.springframework.boot.docker.compose.lifecycle;

import java.util.List;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.context.ApplicationContext;

/**
 * The event Spring Boot's Docker Compose support publishes once {@code docker compose up} has started the services,
 * made here because there is no Docker to start them (its constructor is package-private, as in Boot's own tests).
 */
public final class ServicesReady {

    private ServicesReady() {
    }

    public static DockerComposeServicesReadyEvent event(ApplicationContext context, List<RunningService> services) {
        return new DockerComposeServicesReadyEvent(context, services);
    }
}
