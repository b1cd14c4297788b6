package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated revision sources against the test class path, as a user's build would. */
final class TestCompiler {

    private TestCompiler() {
    }

    /** Writes the sources below {@code root}/src, compiles them into {@code root}/classes and returns that folder. */
    static Path compile(Path root, JavaSource... sources) throws IOException {
        Path classes = Files.createDirectories(root.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (JavaSource source : sources) {
            Path file = root.resolve("src").resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.text());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("javac %s", errors).isZero();
        return classes;
    }
}
