package io.migrations.internal.script;

import io.migrations.ops.Operation;

/**
 * An operation and the line of the revision class that recorded it, for messages.
 *
 * @param operation the operation
 * @param line      1-based line in the revision's source, 0 when unknown
 */
public record RecordedOperation(Operation operation, int line) {
}
