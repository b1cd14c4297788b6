package io.migrations.internal.script;

import java.util.List;

/**
 * A statement source that a Java revision class recorded as operations. Tools that reason about what a revision
 * does (such as the linter) read the operations instead of parsing the SQL they render to.
 */
public interface RecordedOperations extends StatementSource {

    /** The revision class that recorded the operations. */
    Class<?> revisionClass();

    /** The operations, in the order the revision recorded them. */
    List<RecordedOperation> operations();
}
