package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.sql.Statement;
import io.migrations.java.Revision;
import io.migrations.ops.CreateIndex;
import io.migrations.ops.DropIndex;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a class annotated with {@link Revision} into a {@link Script}, the same shape an SQL revision takes, so that
 * both kinds mix in one graph.
 *
 * <p>The class is instantiated once and its {@code upgrade} and {@code downgrade} run against a recorder right away;
 * a revision that throws, or that misuses the operations, fails here, at load time, naming the class and line. The
 * script's statement sources render the recorded operations for the dialect the engine passes.
 *
 * <p>The checksum is the SHA-256 of the SQL that both directions render to on PostgreSQL, parameters written as
 * literals. It changes exactly when what the revision does changes: the class file cannot serve, because its bytes
 * change with the compiler version, debug settings and harmless refactoring.
 */
public final class JavaRevisions {

    private JavaRevisions() {
    }

    /**
     * Loads one revision class.
     *
     * @throws ScriptException naming the class (and line, where known) when it is not a valid revision
     */
    public static Script load(Class<?> type) {
        RevisionClass revisionClass = RevisionClass.record(type);
        Revision annotation = revisionClass.annotation();
        String location = type.getName();
        requireId(location, "id", annotation.id());
        for (String parent : annotation.down()) {
            requireId(location, "down", parent);
        }
        if (annotation.transactional()) {
            requireNoConcurrentIndex(location, revisionClass);
        }
        StatementSource upgrade = new JavaStatementSource(type, "upgrade", revisionClass.upgrade());
        Optional<StatementSource> downgrade = revisionClass.downgrade()
                .map(operations -> new JavaStatementSource(type, "downgrade", operations));
        io.migrations.api.Revision revision = new io.migrations.api.Revision(annotation.id(),
                List.of(annotation.down()), List.of(annotation.branchLabels()), List.of(annotation.dependsOn()),
                annotation.message(), annotation.createDate(), location);
        return new Script(revision, annotation.transactional(), upgrade, downgrade, checksum(upgrade, downgrade));
    }

    private static void requireId(String location, String attribute, String id) {
        if (!io.migrations.api.Revision.ID_PATTERN.matcher(id).matches()) {
            throw new ScriptException(location, 0, "@Revision(" + attribute + " = \"" + id + "\") is not a valid "
                    + "revision id; use 1 to 32 letters, digits or underscores");
        }
    }

    private static void requireNoConcurrentIndex(String location, RevisionClass revisionClass) {
        Stream.concat(revisionClass.upgrade().stream(), revisionClass.downgrade().stream().flatMap(List::stream))
                .filter(recorded -> isConcurrent(recorded.operation()))
                .findFirst()
                .ifPresent(recorded -> {
                    throw new ScriptException(location, recorded.line(), "PostgreSQL cannot build or drop an index "
                            + "CONCURRENTLY inside a transaction; declare @Revision(transactional = false)");
                });
    }

    private static boolean isConcurrent(Operation operation) {
        return operation instanceof CreateIndex index && index.has(IndexOption.CONCURRENTLY)
                || operation instanceof DropIndex drop && drop.has(IndexOption.CONCURRENTLY);
    }

    private static String checksum(StatementSource upgrade, Optional<StatementSource> downgrade) {
        StringBuilder sql = new StringBuilder("-- upgrade\n");
        appendSql(sql, upgrade);
        downgrade.ifPresent(source -> appendSql(sql.append("-- downgrade\n"), source));
        return Checksums.of(sql.toString());
    }

    private static void appendSql(StringBuilder sql, StatementSource source) {
        Database postgresql = Databases.POSTGRESQL;
        for (Statement statement : source.statements(postgresql)) {
            sql.append(postgresql.inline(statement)).append(";\n");
        }
    }
}
