package io.migrations.internal.plan;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two roots tied by depends_on: a000 <- b000; c000 (label cee) depends on b000; d000 on c000;
 * e000 on a000 depends on 'cee'; f000 on d000 depends on b000 (already implied through c000).
 */
class DependsOnGraphTest {

    private static final RevisionGraph DEPS = graph(rev("a000"), rev("b000", "a000"),
            rev("c000").dependsOn("b000").labels("cee"), rev("d000", "c000"), rev("e000", "a000").dependsOn("cee"),
            rev("f000", "d000").dependsOn("b000"));
    private static final String UP_TO_C = "upgrade|a000||a000|I.a000;upgrade|b000|a000|b000|U.a000.b000;"
            + "upgrade|c000||c000|U.b000.c000";
    private static final String DOWN_TO_B = "downgrade|e000|e000|a000|D.e000;downgrade|f000|f000|d000|U.f000.d000;"
            + "downgrade|d000|d000|c000|U.d000.c000;downgrade|c000|c000||U.c000.b000";

    private final PlanAssertions plans = new PlanAssertions(DEPS);

    @Test
    void dependenciesMakeEffectiveHeadsAndNormalizedParents() {
        assertThat(DEPS.heads()).containsExactly("b000", "e000", "f000");
        assertThat(DEPS.realHeads()).containsExactly("e000", "f000");
        assertThat(DEPS.isHead("b000")).isTrue();
        assertThat(DEPS.isRealHead("b000")).isFalse();
        assertThat(DEPS.bases()).containsExactly("a000", "c000");
        assertThat(DEPS.realBases()).containsExactly("a000");
        assertThat(DEPS.dependencies("e000")).containsExactly("c000");
        assertThat(DEPS.normalizedParents("e000")).containsExactly("a000", "c000");
        assertThat(DEPS.normalizedParents("f000")).containsExactly("d000");
        assertThat(DEPS.dependents("b000")).containsExactly("c000", "f000");
        assertThat(DEPS.isRealBranchPoint("b000")).isTrue();
        assertThat(DEPS.branchLabels("d000")).containsExactly("cee");
        assertThat(DEPS.branchLabels("e000")).isEmpty();
        assertThat(DEPS.ancestors(List.of("e000"), Dependencies.FOLLOWED)).containsExactly("a000", "b000", "c000", "e000");
        assertThat(DEPS.ancestors(List.of("e000"), Dependencies.IGNORED)).containsExactly("a000", "e000");
    }

    @Test
    void upgradePullsInDependencies() {
        plans.expect("upgrade|c000|", UP_TO_C + " => c000")
                .expect("upgrade|e000|", UP_TO_C + ";upgrade|e000|a000|e000|U.c000.e000 => e000")
                .expect("upgrade|heads|", UP_TO_C + ";upgrade|d000|c000|d000|U.c000.d000;"
                        + "upgrade|f000|d000|f000|U.d000.f000;upgrade|e000|a000|e000|I.e000 => f000,e000")
                .expect("upgrade|cee@head|", UP_TO_C + ";upgrade|d000|c000|d000|U.c000.d000;"
                        + "upgrade|f000|d000|f000|U.d000.f000 => f000")
                .expect("upgrade|head|", "! => ");
    }

    @Test
    void downgradeTakesDependentsAlong() {
        plans.expect("downgrade|a000|e000,f000", DOWN_TO_B + ";downgrade|b000|b000|a000|U.b000.a000 => a000")
                .expect("downgrade|base|e000,f000", DOWN_TO_B + ";downgrade|b000|b000|a000|U.b000.a000;"
                        + "downgrade|a000|a000||D.a000 => ")
                .expect("downgrade|cee@base|f000,e000", DOWN_TO_B + " => b000")
                .expect("downgrade|b000|e000,f000", "! => e000,f000");
    }

    @Test
    void stampAndHistory() {
        plans.expect("stamp|c000|", "stamp|c000||c000|I.c000 => c000")
                .expect("stamp|f000|b000", "stamp|f000|b000|f000|U.b000.f000 => f000")
                .expect("stamp|e000|b000", "stamp|e000|b000|e000|U.b000.e000 => e000")
                .expect("hist|:|", "e000,f000,d000,c000,b000,a000")
                .expect("hist|b000:f000|", "!");
    }
}
