package io.migrations.internal.plan;

import io.migrations.api.TargetException;
import java.util.List;

/**
 * The {@code [from:]to} argument of an offline ({@code --sql}) command.
 *
 * @param from the starting revision as written; empty when none was given
 * @param to   the destination as written
 */
record OfflineRange(String from, String to) {

    static OfflineRange parse(String text, boolean rangeRequired, String command) {
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            throw new TargetException(text, "The range '" + text + "' has more than one ':'. Write "
                    + "<fromrev>:<torev>.", List.of());
        }
        if (parts.length == 1 && rangeRequired) {
            throw new TargetException(text, command + " with --sql requires <fromrev>:<torev>, e.g. 'head:-1'.",
                    List.of());
        }
        return parts.length == 1 ? new OfflineRange("", text) : new OfflineRange(parts[0], parts[1]);
    }
}
