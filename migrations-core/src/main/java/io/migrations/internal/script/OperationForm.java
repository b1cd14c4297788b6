package io.migrations.internal.script;

import io.migrations.api.StringLiterals;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The canonical text of a Java revision's recorded operations, which its checksum hashes: what the revision asks
 * for, independent of how any renderer turns it into SQL.
 *
 * <p>Version {@value #VERSION}: a first line naming the version, then {@code upgrade}, one line per operation,
 * and, for a reversible revision, {@code downgrade} and its operations. An operation is written as its record:
 * {@code CreateTable(table="t", columns=[Column(name="id", type=INTEGER)])}, components in declaration order, each
 * record, list, set (sorted), map (sorted by key), enum and value written the same way down to the leaves. A
 * component that is absent (an empty {@code Optional}, collection or map, or null) is left out, so that an option
 * added to an operation later leaves the checksums of revisions that do not use it unchanged.
 * Strings are written as {@link StringLiterals} (JSON's double quotes and escapes), so every operation stays on
 * one line.
 *
 * <p>Changing this form changes every Java revision's checksum: give the new form a new version and keep the
 * old one's checksum as an alias in {@link JavaRevisions}.
 */
final class OperationForm {

    static final String VERSION = "migrations-operations/1";

    private OperationForm() {
    }

    /** The canonical text of both directions of a revision. */
    static String of(List<RecordedOperation> upgrade, Optional<List<RecordedOperation>> downgrade) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        append(text.append("upgrade\n"), upgrade);
        downgrade.ifPresent(operations -> append(text.append("downgrade\n"), operations));
        return text.toString();
    }

    private static void append(StringBuilder text, List<RecordedOperation> operations) {
        for (RecordedOperation recorded : operations) {
            text.append(value(recorded.operation())).append('\n');
        }
    }

    /** The canonical text of one value. */
    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            return record(record);
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(OperationForm::value).orElse("none");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OperationForm::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(OperationForm::value).sorted().collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> value(e.getKey()) + ": " + value(e.getValue())).sorted()
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return StringLiterals.quote(value.toString());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "bytes(" + HexFormat.of().formatHex(bytes) + ")";
        }
        if (value instanceof java.util.Date date && !(value instanceof java.sql.Date || value instanceof java.sql.Time
                || value instanceof java.sql.Timestamp)) {
            return "Date(" + date.toInstant() + ")";
        }
        return value.getClass().getSimpleName() + "(" + StringLiterals.quote(value.toString()) + ")";
    }

    private static String record(Record record) {
        StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('(');
        String separator = "";
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = component(record, component);
            if (!isAbsent(value)) {
                text.append(separator).append(component.getName()).append('=').append(value(value));
                separator = ", ";
            }
        }
        return text.append(')').toString();
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof Optional<?> optional && optional.isEmpty()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
