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
        Revision annotation = check(type);
        return record(type, annotation, instantiate(type));
    }

    /**
     * Checks the class of {@code instance}, an object made elsewhere (a Spring bean with injected dependencies, say),
     * and records both directions. A subclass made by a framework (a proxy) counts as the annotated class it extends.
     *
     * @throws ScriptException naming the class (and line, where known) when it is not a usable revision
     */
    static RevisionClass of(Object instance) {
        Class<?> type = annotatedClass(instance.getClass());
        return record(type, check(type), instance);
    }

    private static Class<?> annotatedClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Revision.class)) {
                return c;
            }
        }
        return type;
    }

    private static Revision check(Class<?> type) {
        Revision annotation = type.getAnnotation(Revision.class);
        if (annotation == null) {
            throw new ScriptException(type.getName(), 0, "is not annotated with @Revision; add "
                    + "@Revision(id = \"…\", down = \"…\", message = \"…\")");
        }
        if (Migration.class.isAssignableFrom(type) == IrreversibleMigration.class.isAssignableFrom(type)) {
            throw new ScriptException(type.getName(), 0, Migration.class.isAssignableFrom(type)
                    ? "implements both Migration and IrreversibleMigration; keep Migration if it has a downgrade"
                    : "implements neither Migration nor IrreversibleMigration; implement Migration (with a "
                    + "downgrade) or IrreversibleMigration (without)");
        }
        return annotation;
    }

    private static RevisionClass record(Class<?> type, Revision annotation, Object instance) {
        if (instance instanceof Migration migration) {
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
            throw Failures.of(type.getName(), 0, "has no public no-argument constructor; add one, or make the revision a "
                    + "Spring bean (the starter injects its dependencies)", e);
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
