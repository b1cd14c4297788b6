package io.migrations.internal.script;

import io.migrations.api.Revision;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A revision together with what it runs: the graph node plus its upgrade and downgrade statements.
 *
 * @param revision      the graph node (id, parents, labels, message, location)
 * @param transaction   whether upgrade and downgrade each run in one transaction (default) or statement by statement
 *                      in autocommit
 * @param upgrade       statements that apply the revision
 * @param downgrade     statements that undo it; empty when the revision is irreversible
 * @param checksum      SHA-256 (hex) of the normalised source; see {@link Checksums}; recorded when it runs
 * @param formerChecksums checksums that earlier versions of the tool computed for the same source, which an
 *                      applied revision's recorded checksum may equal instead (see {@link JavaRevisions})
 */
public record Script(Revision revision, Transaction transaction, StatementSource upgrade,
                     Optional<StatementSource> downgrade, String checksum, Set<String> formerChecksums) {

    public Script {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        Objects.requireNonNull(checksum, "checksum");
        formerChecksums = Set.copyOf(formerChecksums);
    }

    /** A script whose checksum has had one form only. */
    public Script(Revision revision, Transaction transaction, StatementSource upgrade,
                  Optional<StatementSource> downgrade, String checksum) {
        this(revision, transaction, upgrade, downgrade, checksum, Set.of());
    }

    /** Whether each direction runs in one transaction. */
    public boolean transactional() {
        return transaction == Transaction.ONE_PER_DIRECTION;
    }

    /** Whether {@code recorded}, the checksum recorded when this revision ran, says that it is unchanged since. */
    public boolean matchesChecksum(String recorded) {
        return checksum.equals(recorded) || formerChecksums.contains(recorded);
    }

    /** The revision id. */
    public String id() {
        return revision.id();
    }

    /** True when a downgrade exists. */
    public boolean reversible() {
        return downgrade.isPresent();
    }
}
