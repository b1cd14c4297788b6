package io.migrations.internal.plan;

import static io.migrations.internal.graph.Graphs.graph;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.RevisionGraph;
import org.junit.jupiter.api.Test;

/** No revisions at all: symbolic targets name nothing, relative ones fail. */
class EmptyGraphTest {

    private static final RevisionGraph EMPTY = graph();

    @Test
    void symbolicTargetsPlanNothing() {
        new PlanAssertions(EMPTY).expect("upgrade|head|", " => ")
                .expect("upgrade|heads|", " => ")
                .expect("downgrade|base|", " => ")
                .expect("stamp|base|", " => ")
                .expect("stamp|heads|", " => ")
                .expect("hist|:|", "")
                .expect("upgrade|+1|", "! => ")
                .expect("downgrade|-1|", "! => ")
                .expect("upgrade|abcd|", "! => ");
        assertThat(new History(EMPTY).all()).isEmpty();
    }
}
