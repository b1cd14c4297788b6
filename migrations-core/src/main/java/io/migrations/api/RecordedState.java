package io.migrations.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a database's version and history tables record, as a {@link Verdict} reads it: read once elsewhere, e.g. for
 * many schemas at once by a fleet, and then judged without a connection.
 *
 * @param current          the version rows
 * @param appliedChecksums the checksum each revision had when last applied successfully, by revision id
 * @param lastFailure      the newest history row, when it is a failure or a run that never finished
 */
public record RecordedState(List<String> current, Map<String, String> appliedChecksums,
                            Optional<HistoryEntry> lastFailure) {

    public RecordedState {
        current = List.copyOf(current);
        appliedChecksums = Map.copyOf(appliedChecksums);
    }

    /** The state of a database at {@code current} whose history table holds {@code history}, oldest first. */
    public static RecordedState of(List<String> current, List<HistoryEntry> history) {
        Map<String, String> checksums = new LinkedHashMap<>();
        history.stream().filter(HistoryEntry::recordsAppliedChecksum)
                .forEach(entry -> checksums.put(entry.revision(), entry.checksum()));
        Optional<HistoryEntry> last = history.isEmpty() ? Optional.empty()
                : Optional.of(history.get(history.size() - 1)).filter(entry -> !entry.success());
        return new RecordedState(current, checksums, last);
    }
}
