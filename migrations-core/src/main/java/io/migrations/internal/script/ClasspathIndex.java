package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The files below a class path folder, listed at build time in {@code <folder>/}{@value #FILE_NAME}, one name
 * (relative to the class path root) a line. Where a class loader cannot list a folder, as in a GraalVM native image,
 * whose resources are neither in folders nor in jars, {@link ClasspathResources} reads this index instead and loads
 * each file by name. The Spring Boot starter writes it during AOT processing.
 */
public final class ClasspathIndex {

    /** The index's file name, inside the folder it lists. */
    public static final String FILE_NAME = "migrations.index";

    private ClasspathIndex() {
    }

    /** The index's resource name for a class path folder such as {@code db/migrations}. */
    public static String resourceName(String folder) {
        return new Location.Classpath(folder).folder() + "/" + FILE_NAME;
    }

    /**
     * Lists the folder by walking it, as the index of a build records it.
     *
     * @return every file below the folder (resources and {@code .class} files, subfolders included, the index
     *         itself left out), sorted, once each
     * @throws ScriptException when the folder is on no class path entry or cannot be read
     */
    public static List<String> list(String folder, ClassLoader classLoader) {
        String self = resourceName(folder);
        return new ClasspathResources(classLoader).walk(folder, name -> !name.equals(self)).stream()
                .map(SourceFile::name).distinct().sorted().toList();
    }

    /** The index's content for {@code names}: one a line. */
    public static String render(List<String> names) {
        StringBuilder text = new StringBuilder();
        names.forEach(name -> text.append(name).append('\n'));
        return text.toString();
    }

    /** The names in the folder's index, if the class loader has one; blank lines and {@code #} comments skipped. */
    static Optional<List<String>> read(String folder, ClassLoader classLoader, String location) {
        URL index = classLoader.getResource(resourceName(folder));
        if (index == null) {
            return Optional.empty();
        }
        try (InputStream in = index.openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new ScriptException(location, 0, "cannot read the index '" + index + "': " + e
                    + "; rebuild the application");
        }
    }
}
