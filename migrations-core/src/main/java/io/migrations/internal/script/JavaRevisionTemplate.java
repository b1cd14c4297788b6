package io.migrations.internal.script;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.api.StringLiterals;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Writes the source of a new Java revision class ({@code revision --format java}): the annotation with the id,
 * parents, labels, dependencies, message and date, and empty {@code upgrade} and {@code downgrade} methods.
 */
public final class JavaRevisionTemplate {

    // Simple names the template imports; a class named like one of them would not compile.
    private static final Set<String> IMPORTED = Set.of("Migration", "Revision", "Operations");

    private JavaRevisionTemplate() {
    }

    /**
     * The source of a revision class in {@code packageName}, named after the message ({@link #className}).
     *
     * @throws ScriptException when {@code packageName} is not a valid, named Java package
     */
    public static JavaSource render(String packageName, Revision revision) {
        return render(packageName, revision, Transaction.ONE_PER_DIRECTION, "", "");
    }

    /**
     * The source of a revision class with method bodies, as autogenerate writes it.
     *
     * @param transaction   whether each direction runs in one transaction
     * @param upgrade       the statements of {@code upgrade(op)}, each on its own line(s), not indented
     * @param downgrade     the statements of {@code downgrade(op)}
     * @throws ScriptException when {@code packageName} is not a valid, named Java package
     */
    public static JavaSource render(String packageName, Revision revision, Transaction transaction, String upgrade,
                                    String downgrade) {
        if (!SourceVersion.isName(packageName)) {
            throw new ScriptException(packageName, 0, "is not a Java package name; give one such as "
                    + "com.example.migrations (Java revisions cannot live in the unnamed package)");
        }
        String className = className(revision.message(), revision.id());
        String text = "package " + packageName + ";\n"
                + "\n"
                + "import static io.migrations.ops.Dsl.*;\n"
                + "import static io.migrations.ops.Types.*;\n"
                + "\n"
                + "import io.migrations.java.Migration;\n"
                + "import io.migrations.java.Revision;\n"
                + "import io.migrations.ops.Operations;\n"
                + "\n"
                + annotation(revision, transaction)
                + "public class " + className + " implements Migration {\n"
                + "\n"
                + "    @Override\n"
                + "    public void upgrade(Operations op) {\n"
                + indent(upgrade)
                + "    }\n"
                + "\n"
                + "    @Override\n"
                + "    public void downgrade(Operations op) {\n"
                + indent(downgrade)
                + "    }\n"
                + "}\n";
        return new JavaSource(packageName, className, text);
    }

    /**
     * The message in upper camel case ({@code "Add users table"} becomes {@code AddUsersTable}), prefixed with
     * {@code Revision} when it starts with a digit; {@code Revision_<id>} when the message gives no usable name.
     */
    public static String className(String message, String id) {
        StringBuilder name = new StringBuilder();
        for (String word : message.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        if (!name.isEmpty() && !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name.insert(0, "Revision");
        }
        if (name.isEmpty() || IMPORTED.contains(name.toString())) {
            return "Revision_" + id;
        }
        return name.toString();
    }

    private static String indent(String body) {
        return body.isBlank() ? "" : body.strip().lines().map(line -> line.isEmpty() ? "\n" : "        " + line + "\n")
                .collect(Collectors.joining());
    }

    private static String annotation(Revision revision, Transaction transaction) {
        StringBuilder text = new StringBuilder("@Revision(\n        id = ").append(quote(revision.id()));
        attribute(text, "down", revision.downRevisions());
        attribute(text, "branchLabels", revision.branchLabels());
        attribute(text, "dependsOn", revision.dependsOn());
        if (!revision.message().isEmpty()) {
            text.append(",\n        message = ").append(quote(revision.message()));
        }
        if (!revision.createDate().isEmpty()) {
            text.append(",\n        createDate = ").append(quote(revision.createDate()));
        }
        if (transaction == Transaction.NONE) {
            text.append(",\n        transactional = false");
        }
        return text.append(")\n").toString();
    }

    private static void attribute(StringBuilder text, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        String joined = values.stream().map(JavaRevisionTemplate::quote).collect(Collectors.joining(", "));
        text.append(",\n        ").append(name).append(" = ").append(values.size() == 1 ? joined : "{" + joined + "}");
    }

    /** A Java string literal for {@code value}. */
    public static String quote(String value) {
        return StringLiterals.quote(value);
    }
}
