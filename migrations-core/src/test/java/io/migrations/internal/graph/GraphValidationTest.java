package io.migrations.internal.graph;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.GraphException;
import org.junit.jupiter.api.Test;

/** Construction rejects every graph Alembic would only warn about or choke on, naming revisions and files. */
class GraphValidationTest {

    @Test
    void emptyGraphIsValidAndHasNoHeads() {
        RevisionGraph empty = graph();
        assertThat(empty.size()).isZero();
        assertThat(empty.heads()).isEmpty();
        assertThat(empty.bases()).isEmpty();
    }

    @Test
    void duplicateIdNamesBothFiles() {
        assertThatThrownBy(() -> graph(rev("aaaa"), rev("bbbb", "aaaa"), rev("aaaa")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("Revision aaaa is present more than once")
                .hasMessageContaining("versions/aaaa.py and in versions/aaaa.py")
                .satisfies(e -> assertThat(((GraphException) e).revisions()).containsExactly("aaaa"));
    }

    @Test
    void missingDownRevisionIsNamedWithTheReferringFile() {
        assertThatThrownBy(() -> graph(rev("aaaa"), rev("bbbb", "zzzz")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("Revision zzzz referenced from bbbb (versions/bbbb.py) as down_revision "
                        + "is not present");
    }

    @Test
    void missingDependencyIsNamed() {
        assertThatThrownBy(() -> graph(rev("aaaa"), rev("bbbb", "aaaa").dependsOn("nolabel")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("Revision nolabel referenced from bbbb (versions/bbbb.py) as depends_on");
    }

    @Test
    void cycleThroughDownRevisionsIsListed() {
        assertThatThrownBy(() -> graph(rev("base1"), rev("aaaa", "cccc"), rev("bbbb", "aaaa"), rev("cccc", "bbbb")))
                .isInstanceOf(GraphException.class)
                .hasMessageStartingWith("Cycle is detected in revisions (aaaa, cccc, bbbb)")
                .hasMessageContaining("aaaa (versions/aaaa.py) -> cccc (versions/cccc.py) -> bbbb "
                        + "(versions/bbbb.py) -> aaaa")
                .satisfies(e -> assertThat(((GraphException) e).revisions())
                        .containsExactlyInAnyOrder("aaaa", "bbbb", "cccc"));
    }

    @Test
    void cycleThroughDependenciesIsCalledADependencyCycle() {
        assertThatThrownBy(() -> graph(rev("aaaa").dependsOn("bbbb"), rev("bbbb", "aaaa")))
                .isInstanceOf(GraphException.class)
                .hasMessageStartingWith("Dependency cycle is detected in revisions (aaaa, bbbb)");
    }

    @Test
    void selfLoopIsReported() {
        assertThatThrownBy(() -> graph(rev("aaaa", "aaaa")))
                .isInstanceOf(GraphException.class)
                .hasMessageStartingWith("Self-loop is detected in revisions (aaaa)");
        assertThatThrownBy(() -> graph(rev("aaaa").dependsOn("aaaa")))
                .hasMessageStartingWith("Dependency self-loop is detected in revisions (aaaa)");
    }

    @Test
    void duplicateBranchLabelNamesBothRevisions() {
        assertThatThrownBy(() -> graph(rev("aaaa").labels("x"), rev("bbbb").labels("x")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("Branch name 'x' in revision bbbb (versions/bbbb.py) already used by "
                        + "revision aaaa (versions/aaaa.py)");
    }

    @Test
    void labelEqualToARevisionIdIsRejected() {
        assertThatThrownBy(() -> graph(rev("aaaa"), rev("bbbb", "aaaa").labels("aaaa")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("already used by revision aaaa (versions/aaaa.py) as its id");
    }

    @Test
    void unusableLabelsAreRejected() {
        for (String label : new String[] {"head", "heads", "base", "a@b", "a:b", "a b", ""}) {
            assertThatThrownBy(() -> graph(rev("aaaa").labels(label)))
                    .as(label).isInstanceOf(GraphException.class).hasMessageContaining("is invalid");
        }
    }

    @Test
    void invalidIdsAreRejected() {
        for (String id : new String[] {"a-b", "a@b", "a+b", "", "head", "heads", "base", "x".repeat(33)}) {
            assertThatThrownBy(() -> graph(rev(id)))
                    .as(id).isInstanceOf(GraphException.class)
                    .hasMessageContaining("is invalid: an id must match [A-Za-z0-9_]{1,32}");
        }
    }

    @Test
    void parentListedTwiceIsRejected() {
        assertThatThrownBy(() -> graph(rev("aaaa"), rev("bbbb", "aaaa", "aaaa")))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("lists the same down_revision twice");
    }
}
