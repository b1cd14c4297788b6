package io.migrations.spring.aot;

import io.migrations.api.ScriptException;
import io.migrations.internal.script.ClasspathIndex;
import io.migrations.internal.script.Location;
import io.migrations.java.Revision;
import io.migrations.spring.ConfiguredLocations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Prepares the revision locations of every configured runner (the default one, or each under
 * {@code migrations.datasources}) for a native image when the application is processed ahead of time
 * ({@code spring-boot-maven-plugin:process-aot}, Gradle's {@code processAot}): writes each {@code classpath:}
 * folder's {@link ClasspathIndex}, which a native image reads because it cannot list folders, registers the index
 * and every file it lists as resources, and registers the classes of the folder's package for reflection, with
 * the public constructor of each {@link Revision @Revision} class. {@code filesystem:} locations are read from disk
 * at run time and need nothing.
 */
final class MigrationsAotProcessor implements BeanFactoryInitializationAotProcessor {

    private static final Logger log = LoggerFactory.getLogger(MigrationsAotProcessor.class);

    private static final String CLASS_SUFFIX = ".class";

    @Override
    public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        List<String> locations = ConfiguredLocations.ofEveryRunner(beanFactory.getBean(Environment.class));
        ClassLoader classLoader = beanFactory.getBeanClassLoader() != null ? beanFactory.getBeanClassLoader()
                : ClassUtils.getDefaultClassLoader();
        Map<String, List<String>> folders = new LinkedHashMap<>();
        for (String text : locations) {
            if (Location.parse(text) instanceof Location.Classpath classpath) {
                try {
                    folders.putIfAbsent(classpath.folder(), ClasspathIndex.list(classpath.folder(), classLoader));
                } catch (ScriptException e) {
                    // The application reports it when it starts, as it would without AOT processing.
                    log.warn("Not indexing revision location {}: {}", text, e.getMessage());
                }
            }
        }
        return folders.isEmpty() ? null : (context, code) -> contribute(context, folders, classLoader);
    }

    private static void contribute(GenerationContext context, Map<String, List<String>> folders, ClassLoader loader) {
        RuntimeHints hints = context.getRuntimeHints();
        folders.forEach((folder, names) -> {
            String index = ClasspathIndex.resourceName(folder);
            context.getGeneratedFiles().addResourceFile(index, ClasspathIndex.render(names));
            hints.resources().registerPattern(index);
            List<String> classes = new ArrayList<>();
            for (String name : names) {
                if (name.endsWith(CLASS_SUFFIX)) {
                    classes.add(name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.'));
                } else {
                    hints.resources().registerPattern(name);
                }
            }
            classes.forEach(className -> registerClass(hints, className, loader));
        });
    }

    /** Every class of a revision package is loaded by name at run time; revisions are also instantiated. */
    private static void registerClass(RuntimeHints hints, String className, ClassLoader loader) {
        Class<?> type = ClassUtils.resolveClassName(className, loader);
        if (type.isAnnotationPresent(Revision.class)) {
            hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
        } else {
            hints.reflection().registerType(TypeReference.of(className));
        }
    }
}
