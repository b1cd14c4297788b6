package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import io.migrations.java.IrreversibleMigration;
import io.migrations.java.Migration;
import io.migrations.java.Revision;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.lang.model.SourceVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java revisions of one package and its subpackages on a class loader's class path, in folders and jars
 * (Spring Boot fat jars included): every class annotated with {@link Revision}. Classes are found by listing
 * {@code .class} resources, so no framework is needed; the Spring starter uses this source as well.
 *
 * <p>A concrete class of the package that implements {@link Migration} or {@link IrreversibleMigration} without the
 * annotation is an error rather than skipped, because a revision that silently does not run is worse than a failed
 * start. Other classes (helpers, nested types) are ignored.
 */
public final class JavaRevisionSource implements RevisionSource {

    private static final Logger LOG = LoggerFactory.getLogger(JavaRevisionSource.class);

    private static final String CLASS_SUFFIX = ".class";
    private static final Predicate<String> CLASS_FILE = name -> name.endsWith(CLASS_SUFFIX)
            && !name.matches("(.*/)?(package|module)-info\\.class");

    private final String packageName;
    private final ClassLoader classLoader;

    /**
     * @param packageName the package holding the revision classes, e.g. {@code com.example.migrations}
     * @param classLoader the class loader to list and load them with
     * @throws ScriptException when {@code packageName} is not a valid Java package name
     */
    public JavaRevisionSource(String packageName, ClassLoader classLoader) {
        if (!SourceVersion.isName(packageName)) {
            throw new ScriptException(packageName, 0, "is not a Java package name; give the package of the revision "
                    + "classes, e.g. com.example.migrations");
        }
        this.packageName = packageName;
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * {@inheritDoc}
     *
     * @throws ScriptException when the package is on no class path entry, a class cannot be loaded, or a revision
     *                         class is invalid
     */
    @Override
    public List<Script> load() {
        List<Script> scripts = new ArrayList<>();
        for (String className : classNames()) {
            Class<?> type = loadClass(className);
            if (type.isAnnotationPresent(Revision.class)) {
                scripts.add(JavaRevisions.load(type));
            } else if (looksLikeRevision(type)) {
                throw new ScriptException(className, 0, "implements " + (Migration.class.isAssignableFrom(type)
                        ? "Migration" : "IrreversibleMigration") + " but is not annotated with @Revision; annotate it, "
                        + "or move it out of package " + packageName);
            }
        }
        scripts.sort(LOAD_ORDER);
        LOG.debug("Read {} Java revisions from package {}", scripts.size(), packageName);
        return List.copyOf(scripts);
    }

    private List<String> classNames() {
        return new ClasspathResources(classLoader).names(packageName.replace('.', '/'), CLASS_FILE).stream()
                .map(name -> name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.'))
                .distinct()
                .toList();
    }

    private Class<?> loadClass(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw Failures.of(className, 0, "cannot be loaded (" + e + "); check that its dependencies are on the "
                    + "class path", e);
        }
    }

    private static boolean looksLikeRevision(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                && (Migration.class.isAssignableFrom(type) || IrreversibleMigration.class.isAssignableFrom(type));
    }

    @Override
    public String toString() {
        return "Java revisions in package " + packageName;
    }
}
