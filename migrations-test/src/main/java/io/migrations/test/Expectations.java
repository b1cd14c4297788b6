package io.migrations.test;

import java.util.List;
import java.util.Set;

/**
 * What a project declares about its revisions on purpose.
 *
 * @param heads        the heads the graph must have; empty means exactly one, whichever it is
 * @param irreversible ids of revisions that have no downgrade on purpose
 */
record Expectations(List<String> heads, Set<String> irreversible) {

    static final Expectations DEFAULT = new Expectations(List.of(), Set.of());

    Expectations {
        heads = List.copyOf(heads);
        irreversible = Set.copyOf(irreversible);
    }
}
