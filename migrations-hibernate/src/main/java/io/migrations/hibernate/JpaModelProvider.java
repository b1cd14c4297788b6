package io.migrations.hibernate;

import io.migrations.api.ModelException;
import io.migrations.api.ModelProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code jpa:<package>[,<package>...]} model: the JPA entities of those packages (and their subpackages) on the
 * class path, as Hibernate ORM's schema export writes their PostgreSQL DDL. No database connection is needed to
 * produce it; autogenerate then applies it to a throwaway database like any {@code .sql} model.
 *
 * <p>Found by {@link java.util.ServiceLoader}: having this artifact on the class path is enough.
 */
public final class JpaModelProvider implements ModelProvider {

    /** The prefix this provider answers to. */
    public static final String KIND = "jpa";

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * @param argument    the packages, separated by commas
     * @param classLoader where the entity classes are
     * @param settings    Hibernate settings over the defaults: Spring Boot's naming strategies, then {@code hibernate.*}
     *                    system properties and {@code hibernate.properties} on the class path
     * @throws ModelException when no package is named, no entity is found, or Hibernate cannot map the entities
     */
    @Override
    public String ddl(String argument, ClassLoader classLoader, Map<String, Object> settings) {
        List<String> packages = Arrays.stream(argument.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (packages.isEmpty()) {
            throw new ModelException("jpa: needs the packages of the entities: jpa:com.acme.domain[,com.acme.other]");
        }
        String model = KIND + ":" + String.join(",", packages);
        EntityScan scan = EntityScan.of(packages, classLoader);
        if (scan.classes().isEmpty()) {
            throw new ModelException(model + ": no @Entity class in " + String.join(", ", packages) + " or below, on "
                    + "the class path; compile the entities first and put their classes on it (the CLI's --classpath "
                    + "target/classes)");
        }
        return SchemaExportScript.of(model, scan, classLoader, settings);
    }
}
