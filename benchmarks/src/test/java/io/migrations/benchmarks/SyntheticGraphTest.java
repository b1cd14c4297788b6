package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Revision;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticGraphTest {

    @Test
    void hasExactlyTheSizeWithOneBaseAndParentsBeforeChildren() {
        List<Revision> revisions = SyntheticGraph.generate(5000, 1);

        assertThat(revisions).hasSize(5000);
        assertThat(revisions).filteredOn(Revision::isBase).hasSize(1);
        Set<String> seen = new HashSet<>();
        for (Revision revision : revisions) {
            assertThat(seen).containsAll(revision.downRevisions());
            assertThat(seen.add(revision.id())).as("id %s is unique", revision.id()).isTrue();
        }
    }

    @Test
    void hasBranchesAndMergesAndOneHead() {
        List<Revision> revisions = SyntheticGraph.generate(5000, 1);
        Set<String> parents = new HashSet<>();
        revisions.forEach(r -> parents.addAll(r.downRevisions()));
        long branchPoints = revisions.stream()
                .filter(r -> revisions.stream().filter(c -> c.downRevisions().contains(r.id())).count() > 1).count();

        assertThat(revisions.stream().filter(Revision::isMerge).count()).isGreaterThan(50).isEqualTo(branchPoints);
        assertThat(revisions).filteredOn(r -> !parents.contains(r.id())).hasSize(1);
    }

    @Test
    void sameSeedGivesTheSameGraph() {
        assertThat(SyntheticGraph.generate(300, 7)).isEqualTo(SyntheticGraph.generate(300, 7))
                .isNotEqualTo(SyntheticGraph.generate(300, 8));
    }
}
