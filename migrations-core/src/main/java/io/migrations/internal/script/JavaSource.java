package io.migrations.internal.script;

import java.nio.file.Path;

/**
 * The source of a new Java revision class.
 *
 * @param packageName the class's package
 * @param className   the simple class name
 * @param text        the complete source file
 */
public record JavaSource(String packageName, String className, String text) {

    /** Where the file goes below a source root, e.g. {@code com/example/migrations/AddUsersTable.java}. */
    public Path relativePath() {
        return Path.of(packageName.replace('.', '/'), className + ".java");
    }
}
