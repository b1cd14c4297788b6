package io.migrations.spring.model;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The entities of the application's {@code EntityManagerFactory}: the packages of its managed classes, and its
 * {@code hibernate.*} settings except those about connections and schema management, so that the model is named the
 * way the application maps it (Spring Boot's naming strategies, or the application's own).
 */
final class EntityManagerFactoryModelSource implements JpaModelSource {

    private static final List<String> LEFT_OUT = List.of("hibernate.connection.", "hibernate.hbm2ddl.",
            "hibernate.hikari.", "hibernate.temp.");

    private final ObjectProvider<EntityManagerFactory> factory;

    EntityManagerFactoryModelSource(ObjectProvider<EntityManagerFactory> factory) {
        this.factory = factory;
    }

    @Override
    public Optional<String> model() {
        EntityManagerFactory emf = factory.getIfUnique();
        if (emf == null) {
            return Optional.empty();
        }
        TreeSet<String> packages = emf.getMetamodel().getManagedTypes().stream().map(ManagedType::getJavaType)
                .filter(Objects::nonNull).map(Class::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        // The scan takes subpackages too.
        packages.removeIf(name -> packages.stream().anyMatch(other -> name.startsWith(other + ".")));
        return packages.isEmpty() ? Optional.empty() : Optional.of("jpa:" + String.join(",", packages));
    }

    @Override
    public Map<String, Object> settings() {
        EntityManagerFactory emf = factory.getIfUnique();
        if (emf == null) {
            return Map.of();
        }
        return emf.getProperties().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("hibernate.") && entry.getValue() != null
                        && LEFT_OUT.stream().noneMatch(entry.getKey()::startsWith))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
