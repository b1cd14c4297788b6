package io.migrations.cli;

import java.util.List;

/**
 * What the version table holds, for scripts written against a live database.
 *
 * @param exists whether the table exists
 * @param heads  its rows; empty when it does not exist
 */
record VersionState(boolean exists, List<String> heads) {

    VersionState {
        heads = List.copyOf(heads);
    }
}
