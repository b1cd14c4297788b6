package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import io.migrations.internal.platform.Database;
import io.migrations.internal.platform.Databases;
import io.migrations.internal.sql.Statement;
import io.migrations.internal.sql.TransactionControl;
import io.migrations.java.Revision;
import io.migrations.ops.CreateIndex;
import io.migrations.ops.DropIndex;
import io.migrations.ops.Execute;
import io.migrations.ops.IndexOption;
import io.migrations.ops.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a class annotated with {@link Revision} into a {@link Script}, the same shape an SQL revision takes, so that
 * both kinds mix in one graph.
 *
 * <p>The class is instantiated once and its {@code upgrade} and {@code downgrade} run against a recorder right away;
 * a revision that throws, or that misuses the operations, fails here, at load time, naming the class and line. The
 * script's statement sources render the recorded operations for the dialect the engine passes.
 *
 * <p>The checksum is the SHA-256 of the recorded operations in their canonical, versioned form ({@link
 * OperationForm}): it changes exactly when what the revision asks for changes, and not when a renderer writes the
 * same operations as different SQL. The class file cannot serve, because its bytes change with the compiler
 * version, debug settings and harmless refactoring. Up to version 0.1 the checksum hashed the SQL both directions
 * render to on PostgreSQL; that form stays accepted as an alias, so revisions applied before keep matching.
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
            requireNoTransactionControl(location, revisionClass);
        }
        StatementSource upgrade = new JavaStatementSource(type, "upgrade", revisionClass.upgrade());
        Optional<StatementSource> downgrade = revisionClass.downgrade()
                .map(operations -> new JavaStatementSource(type, "downgrade", operations));
        io.migrations.api.Revision revision = new io.migrations.api.Revision(annotation.id(),
                List.of(annotation.down()), List.of(annotation.branchLabels()), List.of(annotation.dependsOn()),
                annotation.message(), annotation.createDate(), location);
        String checksum = Checksums.sha256(OperationForm.of(revisionClass.upgrade(), revisionClass.downgrade()));
        return new Script(revision, Transaction.of(annotation.transactional()), upgrade, downgrade, checksum,
                Set.of(renderedChecksum(upgrade, downgrade)));
    }

    private static void requireId(String location, String attribute, String id) {
        if (!io.migrations.api.Revision.ID_PATTERN.matcher(id).matches()) {
            throw new ScriptException(location, 0, "@Revision(" + attribute + " = \"" + id + "\") is not a valid "
                    + "revision id; use 1 to 32 letters, digits or underscores");
        }
    }

    private static void requireNoConcurrentIndex(String location, RevisionClass revisionClass) {
        revisionClass.operations().stream()
                .filter(recorded -> isConcurrent(recorded.operation()))
                .findFirst()
                .ifPresent(recorded -> {
                    throw new ScriptException(location, recorded.line(), "PostgreSQL cannot build or drop an index "
                            + "CONCURRENTLY inside a transaction; declare @Revision(transactional = false)");
                });
    }

    private static void requireNoTransactionControl(String location, RevisionClass revisionClass) {
        for (RecordedOperation recorded : revisionClass.operations()) {
            if (recorded.operation() instanceof Execute execute) {
                TransactionControl.of(execute.statement().sql()).ifPresent(command -> {
                    throw new ScriptException(location, recorded.line(), Transaction.refusal(command,
                            "declare @Revision(transactional = false)"));
                });
            }
        }
    }

    private static boolean isConcurrent(Operation operation) {
        return operation instanceof CreateIndex index && index.has(IndexOption.CONCURRENTLY)
                || operation instanceof DropIndex drop && drop.has(IndexOption.CONCURRENTLY);
    }

    /** The checksum up to version 0.1: of the SQL both directions render to on PostgreSQL, parameters inlined. */
    private static String renderedChecksum(StatementSource upgrade, Optional<StatementSource> downgrade) {
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
