package io.migrations.internal.autogen;

import io.migrations.internal.script.JavaRevisionTemplate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A generated revision's statements as the body of a Java revision method: the operations DSL where it has the
 * operation, {@code op.execute(...)} elsewhere. The DSL takes unqualified names, so only statements on objects of
 * the {@code public} schema with plain names use it. Review notes become comments; {@code migrations:allow}
 * directives stay inside the SQL, where the lint reads them.
 */
final class JavaBody {

    private static final String NAME = "([a-z_][a-z0-9_]*)";
    private static final String TABLE = "public\\." + NAME;
    private static final List<Form> FORMS = List.of(
            new Form("DROP TABLE " + TABLE, "op.dropTable(%s);"),
            new Form("ALTER TABLE " + TABLE + " DROP COLUMN " + NAME, "op.dropColumn(%s, %s);"),
            new Form("ALTER TABLE " + TABLE + " RENAME TO " + NAME, "op.renameTable(%s, %s);"),
            new Form("DROP INDEX " + TABLE, "op.dropIndex(%s);"),
            new Form("CREATE INDEX " + NAME + " ON " + TABLE + " USING btree \\((" + NAME + "(?:, " + NAME
                    + ")*)\\)", "op.createIndex(%s, %s, %s);"));

    /** A statement shape and the DSL call it becomes, its groups quoted as Java strings. */
    private record Form(Pattern pattern, String call) {

        Form(String regex, String call) {
            this(Pattern.compile(regex), call);
        }
    }

    private JavaBody() {
    }

    static String of(List<Step> steps) {
        return steps.stream().map(JavaBody::statement).collect(Collectors.joining("\n"));
    }

    private static String statement(Step step) {
        StringBuilder java = new StringBuilder();
        step.notes().stream().filter(note -> !note.startsWith("migrations:"))
                .forEach(note -> java.append("// ").append(note).append('\n'));
        boolean directives = step.notes().stream().anyMatch(note -> note.startsWith("migrations:"));
        if (!directives) {
            for (Form form : FORMS) {
                Matcher matcher = form.pattern().matcher(step.sql());
                if (matcher.matches()) {
                    return java.append(form.call().formatted(arguments(matcher, form.call()))).toString();
                }
            }
        }
        String sql = step.notes().stream().filter(note -> note.startsWith("migrations:"))
                .map(note -> "-- " + note + "\n").collect(Collectors.joining()) + step.sql();
        return java.append("op.execute(").append(JavaRevisionTemplate.quote(sql)).append(");").toString();
    }

    /** The first groups, one per {@code %s} of the call, as Java strings; a list of columns as several. */
    private static Object[] arguments(Matcher matcher, String call) {
        int count = call.split("%s", -1).length - 1;
        Object[] arguments = new Object[count];
        for (int group = 1; group <= count; group++) {
            arguments[group - 1] = List.of(matcher.group(group).split(", ")).stream()
                    .map(JavaRevisionTemplate::quote).collect(Collectors.joining(", "));
        }
        return arguments;
    }
}
