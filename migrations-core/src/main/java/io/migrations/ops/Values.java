package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks and copies shared by the operation records. */
final class Values {

    private Values() {
    }

    /** An unmodifiable copy that, unlike {@link List#copyOf}, keeps {@code null} elements: they stand for SQL NULL. */
    static List<Object> copy(List<?> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Returns {@code name} when it is a usable identifier, else fails naming {@code what} it should have been. */
    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new OperationException("The " + what + " name is missing; give a non-empty name");
        }
        int dot = name.indexOf('.');
        if (dot >= 0) {
            String advice = dot > 0 && dot < name.length() - 1 && name.indexOf('.', dot + 1) < 0
                    ? "for " + name.substring(dot + 1) + " in schema " + name.substring(0, dot) + " write op.inSchema(\""
                    + name.substring(0, dot) + "\") and the name \"" + name.substring(dot + 1) + "\""
                    : "name the schema with op.inSchema(...) and give the name without dots";
            throw new OperationException("The " + what + " name \"" + name + "\" contains a dot, which would become "
                    + "part of the name itself, not a schema; " + advice);
        }
        return name;
    }

    /** Checks every name of a non-empty list, as {@link #name} does, and copies the list. */
    static List<String> names(List<String> names, String what) {
        if (names.isEmpty()) {
            throw new OperationException("No " + what + " given; name at least one");
        }
        names.forEach(name -> name(name, what));
        return List.copyOf(names);
    }

    /** An unmodifiable copy of {@code set} with {@code element} added. */
    static <E extends Enum<E>> Set<E> plus(Set<E> set, E element) {
        Set<E> more = EnumSet.of(element);
        more.addAll(set);
        return Set.copyOf(more);
    }

    /** Copies {@code options}, failing when one is not {@code allowed} for {@code operation}. */
    static Set<IndexOption> indexOptions(Set<IndexOption> options, Set<IndexOption> allowed, String operation) {
        for (IndexOption option : options) {
            if (!allowed.contains(option)) {
                throw new OperationException(operation + " does not take " + option + "; it takes " + allowed);
            }
        }
        return Set.copyOf(options);
    }
}
