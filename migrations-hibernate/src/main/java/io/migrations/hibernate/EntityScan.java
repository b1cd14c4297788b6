package io.migrations.hibernate;

import io.migrations.api.ModelException;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mapped classes of some packages and their subpackages, found in the folders and jars of a class loader the way
 * Spring's entity scan finds them: entities, embeddables, mapped superclasses and converters, and the packages that
 * carry {@code package-info} annotations (generators declared once for a package).
 *
 * @param classes  the mapped classes, in name order
 * @param packages the packages with a {@code package-info} class
 */
record EntityScan(List<Class<?>> classes, List<String> packages) {

    private static final Logger LOG = LoggerFactory.getLogger(EntityScan.class);
    private static final String CLASS = ".class";
    private static final String PACKAGE_INFO = "package-info";

    EntityScan {
        classes = List.copyOf(classes);
        packages = List.copyOf(packages);
    }

    static EntityScan of(List<String> packages, ClassLoader classLoader) {
        Set<String> names = new TreeSet<>();
        for (String name : packages) {
            String folder = name.replace('.', '/');
            try {
                for (URL url : Collections.list(classLoader.getResources(folder))) {
                    names.addAll(classNames(url, folder));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new ModelException("jpa:" + name + ": could not read the class path: " + e.getMessage(), e);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        List<String> packageInfos = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("." + PACKAGE_INFO)) {
                packageInfos.add(name.substring(0, name.length() - PACKAGE_INFO.length() - 1));
                continue;
            }
            Class<?> type = load(name, classLoader);
            if (type != null && mapped(type)) {
                classes.add(type);
            }
        }
        return new EntityScan(classes, packageInfos);
    }

    private static boolean mapped(Class<?> type) {
        return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class);
    }

    /** The class, not initialized; null for one that does not load, which cannot be an entity Hibernate maps. */
    private static Class<?> load(String name, ClassLoader classLoader) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.warn("Skipped {}: it does not load ({}); if it is an entity, put what it needs on the class path",
                    name, e.toString());
            return null;
        }
    }

    /** The binary names of the classes under {@code folder} of one class path entry. */
    private static List<String> classNames(URL url, String folder) throws IOException {
        return switch (url.getProtocol()) {
            case "file" -> fromFolder(path(url), folder);
            case "jar" -> fromJar((JarURLConnection) url.openConnection(), folder);
            default -> {
                LOG.warn("Skipped {}: entities are found in folders and jars only", url);
                yield List.of();
            }
        };
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a file URL: " + url, e);
        }
    }

    private static List<String> fromFolder(Path root, String folder) throws IOException {
        Path base = root;
        for (String ignored : folder.split("/")) {
            base = base.getParent();
        }
        Path classPathRoot = base;
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.getFileName().toString().endsWith(CLASS))
                    .map(file -> binaryName(classPathRoot.relativize(file).toString().replace('\\', '/')))
                    .toList();
        }
    }

    private static List<String> fromJar(JarURLConnection connection, String folder) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(folder + "/") && name.endsWith(CLASS))
                    .map(EntityScan::binaryName).toList();
        }
    }

    private static String binaryName(String resource) {
        return resource.substring(0, resource.length() - CLASS.length()).replace('/', '.');
    }
}
