package io.migrations.internal.script;

import io.migrations.api.ScriptException;
import io.migrations.java.IrreversibleMigration;
import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A class checked to be a usable Java revision, with the operations its upgrade and downgrade record.
 *
 * @param type       the revision class
 * @param annotation its {@link Revision} annotation
 * @param upgrade    operations recorded by {@code upgrade}
 * @param downgrade  operations recorded by {@code downgrade}; empty for an {@link IrreversibleMigration}
 */
record RevisionClass(Class<?> type, Revision annotation, List<RecordedOperation> upgrade,
                     Optional<List<RecordedOperation>> downgrade) {

    /**
     * Checks {@code type}, creates an instance and records both directions.
     *
     * @throws ScriptException naming the class (and line, where known) when it is not a usable revision
     */
    static RevisionClass record(Class<?> type) {
        Revision annotation = type.getAnnotation(Revision.class);
        if (annotation == null) {
            throw new ScriptException(type.getName(), 0, "is not annotated with @Revision; add "
                    + "@Revision(id = \"…\", down = \"…\", message = \"…\")");
        }
        boolean reversible = Migration.class.isAssignableFrom(type);
        if (reversible == IrreversibleMigration.class.isAssignableFrom(type)) {
            throw new ScriptException(type.getName(), 0, reversible
                    ? "implements both Migration and IrreversibleMigration; keep Migration if it has a downgrade"
                    : "implements neither Migration nor IrreversibleMigration; implement Migration (with a "
                    + "downgrade) or IrreversibleMigration (without)");
        }
        Object instance = instantiate(type);
        if (reversible) {
            Migration migration = (Migration) instance;
            return new RevisionClass(type, annotation, run(type, "upgrade", migration::upgrade),
                    Optional.of(run(type, "downgrade", migration::downgrade)));
        }
        return new RevisionClass(type, annotation, run(type, "upgrade", ((IrreversibleMigration) instance)::upgrade),
                Optional.empty());
    }

    private static Object instantiate(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new ScriptException(type.getName(), 0, "cannot be instantiated; a revision class must be public, "
                    + "concrete and, if nested, static");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw Failures.of(type.getName(), 0, "has no public no-argument constructor; add one", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw Failures.of(type.getName(), RecordingOperations.lineIn(e.getCause().getStackTrace(), type),
                    "constructor failed: " + Failures.describe(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Failures.of(type.getName(), 0, "cannot be instantiated: " + e, e);
        }
    }

    /** The operations of both directions, upgrade first. */
    List<RecordedOperation> operations() {
        return Stream.concat(upgrade.stream(), downgrade.stream().flatMap(List::stream)).toList();
    }

    private static List<RecordedOperation> run(Class<?> type, String direction, Consumer<Operations> body) {
        RecordingOperations recorder = new RecordingOperations(type);
        try {
            body.accept(recorder);
        } catch (RuntimeException e) {
            throw Failures.of(type.getName(), RecordingOperations.lineIn(e.getStackTrace(), type),
                    direction + ": " + Failures.describe(e), e);
        }
        return recorder.operations();
    }
}
