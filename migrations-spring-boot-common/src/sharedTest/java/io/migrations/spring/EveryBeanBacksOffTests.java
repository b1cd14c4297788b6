package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Every bean our auto-configurations define backs off when the application defines its own: each {@code @Bean}
 * method of each of our auto-configuration classes, of the configurations they import and of their nested ones
 * carries {@code @ConditionalOnMissingBean}. The tests next to each auto-configuration show the user's bean winning.
 */
class EveryBeanBacksOffTests {

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration"
            + ".imports";

    @Test
    void everyBeanMethodIsConditionalOnMissingBean() throws Exception {
        Set<Class<?>> configurations = configurations();
        // Both lines' core auto-configuration and the shared ones: the walk must have found them to mean anything.
        assertThat(configurations).contains(MigrationsAutoConfiguration.class, MigrationsConfiguration.class,
                io.migrations.spring.model.MigrationsModelAutoConfiguration.class,
                io.migrations.spring.lint.MigrationsLintAutoConfiguration.class);

        List<String> unconditional = new ArrayList<>();
        int beans = 0;
        for (Class<?> configuration : configurations) {
            for (Method method : configuration.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Bean.class)) {
                    beans++;
                    if (!AnnotatedElementUtils.hasAnnotation(method, ConditionalOnMissingBean.class)) {
                        unconditional.add(configuration.getName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(beans).isGreaterThan(20);
        assertThat(unconditional).as("@Bean methods without @ConditionalOnMissingBean").isEmpty();
    }

    /** Our auto-configurations, as Boot finds them, with what they import and nest. */
    private static Set<Class<?>> configurations() throws IOException, ClassNotFoundException {
        ClassLoader loader = EveryBeanBacksOffTests.class.getClassLoader();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (URL url : Collections.list(loader.getResources(IMPORTS))) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(),
                    StandardCharsets.UTF_8))) {
                for (String line : reader.lines().map(String::strip).toList()) {
                    if (line.startsWith("io.migrations.")) {
                        todo.add(Class.forName(line, false, loader));
                    }
                }
            }
        }
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.getName().startsWith("io.migrations.") || !seen.add(type)) {
                continue;
            }
            Import imports = AnnotatedElementUtils.findMergedAnnotation(type, Import.class);
            if (imports != null) {
                todo.addAll(List.of(imports.value()));
            }
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (AnnotatedElementUtils.hasAnnotation(nested, Configuration.class)) {
                    todo.add(nested);
                }
            }
        }
        return seen;
    }
}
