package io.migrations.api;

import java.util.Map;

/**
 * A kind of model for {@code revision --autogenerate}, {@code diff} and {@code check --model}, named by the prefix
 * of the model's value: {@code jpa:com.acme.domain} goes to the provider whose {@link #kind()} is {@code jpa}. The
 * provider turns the rest of the value into PostgreSQL DDL, which is then applied to a throwaway database like a
 * {@code .sql} model.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} on the class loader of the application (the CLI's
 * {@code --classpath}): list the implementation in {@code META-INF/services/io.migrations.api.ModelProvider}, or
 * {@code provides} it in a module. The {@code migrations-hibernate} artifact provides {@code jpa}.
 */
public interface ModelProvider {

    /** The prefix this provider answers to, before the colon, in lower case: {@code jpa}. */
    String kind();

    /**
     * The model's schema as PostgreSQL DDL, statements separated by semicolons.
     *
     * @param argument    what follows {@code kind:} in the model's value
     * @param classLoader where the application's classes are
     * @param settings    the application's settings for this kind of model, such as the Hibernate properties of a
     *                    Spring application's {@code EntityManagerFactory}; empty from the command line
     * @throws ModelException when the argument names nothing usable, or the model cannot be turned into DDL
     */
    String ddl(String argument, ClassLoader classLoader, Map<String, Object> settings);
}
