package io.migrations.internal.script;

import io.migrations.api.Revision;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision together with what it runs: the graph node plus its upgrade and downgrade statements.
 *
 * @param revision      the graph node (id, parents, labels, message, location)
 * @param transactional whether upgrade and downgrade each run in one transaction (default) or statement by statement in autocommit
 * @param upgrade       statements that apply the revision
 * @param downgrade     statements that undo it; empty when the revision is irreversible
 * @param checksum      SHA-256 (hex) of the normalised source; see {@link Checksums}
 */
public record Script(Revision revision, boolean transactional, StatementSource upgrade,
                     Optional<StatementSource> downgrade, String checksum) {

    public Script {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        Objects.requireNonNull(checksum, "checksum");
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
