package io.migrations.internal.script;

import io.migrations.ops.Operation;
import io.migrations.ops.Operations;
import java.util.ArrayList;
import java.util.List;

/** The {@link Operations} a revision class runs against: it keeps each operation with the line that made it. */
final class RecordingOperations implements Operations {

    private final Class<?> revisionClass;
    private final List<RecordedOperation> recorded = new ArrayList<>();

    RecordingOperations(Class<?> revisionClass) {
        this.revisionClass = revisionClass;
    }

    @Override
    public void apply(Operation operation) {
        recorded.add(new RecordedOperation(operation, lineIn(new Throwable().getStackTrace(), revisionClass)));
    }

    /** The operations recorded so far, in order. */
    List<RecordedOperation> operations() {
        return List.copyOf(recorded);
    }

    /** The line of the innermost frame of {@code trace} in {@code revisionClass} or a class nested in it; else 0. */
    static int lineIn(StackTraceElement[] trace, Class<?> revisionClass) {
        String name = revisionClass.getName();
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().equals(name) || frame.getClassName().startsWith(name + "$")) {
                return Math.max(frame.getLineNumber(), 0);
            }
        }
        return 0;
    }
}
