package io.migrations.spring.model;

import java.util.Map;
import java.util.Optional;

/** The application's JPA entities as a model: where they are, and the Hibernate settings they are mapped with. */
interface JpaModelSource {

    /** {@code jpa:<package>[,<package>...]} for the managed classes, or empty when there are none. */
    Optional<String> model();

    /** The naming and mapping settings the application's {@code EntityManagerFactory} runs with. */
    Map<String, Object> settings();
}
