package io.migrations.internal.script;

import io.migrations.api.Revision;
import java.util.Objects;

/**
 * What the header of a SQL revision file says: the graph node and how it runs.
 * Parsed from files by {@link SqlScriptParser}, rendered into new files by {@link SqlRevisionTemplate}.
 *
 * @param revision      id, parents, labels, dependencies, message, create date and location
 * @param transaction   {@code -- transactional:}; true (the default) runs each direction in one transaction
 */
public record RevisionHeader(Revision revision, Transaction transaction) {

    public RevisionHeader {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(transaction, "transaction");
    }
}
