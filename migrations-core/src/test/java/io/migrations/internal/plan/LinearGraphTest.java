package io.migrations.internal.plan;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.NotAncestorException;
import io.migrations.api.TargetException;
import io.migrations.api.UnknownTargetException;
import io.migrations.internal.graph.Dependencies;
import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One line of four revisions, loaded out of order: 1a2b3c4d <- 1a2bffff <- c0ffee00 <- d00dfeed.
 * Every target form on it, with Alembic's answers.
 */
class LinearGraphTest {

    private static final String A = "1a2b3c4d";
    private static final String B = "1a2bffff";
    private static final String C = "c0ffee00";
    private static final String D = "d00dfeed";
    private static final RevisionGraph LINE = graph(rev(C, B), rev(A), rev(D, C), rev(B, A));
    private static final String UP_A = "upgrade|1a2b3c4d||1a2b3c4d|I.1a2b3c4d";
    private static final String UP_B = "upgrade|1a2bffff|1a2b3c4d|1a2bffff|U.1a2b3c4d.1a2bffff";
    private static final String UP_C = "upgrade|c0ffee00|1a2bffff|c0ffee00|U.1a2bffff.c0ffee00";
    private static final String UP_D = "upgrade|d00dfeed|c0ffee00|d00dfeed|U.c0ffee00.d00dfeed";
    private static final String DOWN_D = "downgrade|d00dfeed|d00dfeed|c0ffee00|U.d00dfeed.c0ffee00";
    private static final String DOWN_C = "downgrade|c0ffee00|c0ffee00|1a2bffff|U.c0ffee00.1a2bffff";
    private static final String DOWN_B = "downgrade|1a2bffff|1a2bffff|1a2b3c4d|U.1a2bffff.1a2b3c4d";
    private static final String DOWN_A = "downgrade|1a2b3c4d|1a2b3c4d||D.1a2b3c4d";

    private final PlanAssertions plans = new PlanAssertions(LINE);

    @Test
    void structure() {
        assertThat(LINE.heads()).containsExactly(D);
        assertThat(LINE.realHeads()).containsExactly(D);
        assertThat(LINE.bases()).containsExactly(A);
        assertThat(LINE.children(B)).containsExactly(C);
        assertThat(LINE.parents(B)).containsExactly(A);
        assertThat(LINE.isBranchPoint(B)).isFalse();
        assertThat(LINE.isMergePoint(B)).isFalse();
        assertThat(LINE.ancestors(List.of(C), Dependencies.IGNORED)).containsExactly(C, A, B);
        assertThat(LINE.descendants(List.of(B), Dependencies.IGNORED)).containsExactly(C, D, B);
    }

    @Test
    void upgradeToAbsoluteAndRelativeTargets() {
        plans.expect("upgrade|head|", String.join(";", UP_A, UP_B, UP_C, UP_D) + " => " + D)
                .expect("upgrade|heads|", String.join(";", UP_A, UP_B, UP_C, UP_D) + " => " + D)
                .expect("upgrade|+2|" + A, UP_B + ";" + UP_C + " => " + C)
                .expect("upgrade|c0ff+1|", String.join(";", UP_A, UP_B, UP_C, UP_D) + " => " + D)
                .expect("upgrade|d00dfeed-1|", String.join(";", UP_A, UP_B, UP_C) + " => " + C)
                .expect("upgrade|head-2|", UP_A + ";" + UP_B + " => " + B)
                .expect("upgrade|c0|", String.join(";", UP_A, UP_B, UP_C) + " => " + C)
                .expect("upgrade|" + A + "|" + D, " => " + D);
    }

    @Test
    void downgradeToAbsoluteAndRelativeTargets() {
        plans.expect("downgrade|-1|" + D, DOWN_D + " => " + C)
                .expect("downgrade|-2|" + D, DOWN_D + ";" + DOWN_C + " => " + B)
                .expect("downgrade|base|" + D, String.join(";", DOWN_D, DOWN_C, DOWN_B, DOWN_A) + " => ")
                .expect("downgrade|d00dfeed-3|" + D, String.join(";", DOWN_D, DOWN_C, DOWN_B) + " => " + A);
    }

    @Test
    void rejectedTargets() {
        plans.expect("upgrade|+5|" + B, "! => " + B)
                .expect("upgrade|-1|" + C, "! => " + C)
                .expect("downgrade|c0ff|" + B, "! => " + B)
                .expect("downgrade|+1|" + D, "! => " + D)
                .expect("downgrade|-5|" + D, "! => " + D)
                .expect("upgrade|1a2b|", "! => ")
                .expect("upgrade|1a|", "! => ")
                .expect("upgrade|zzzz|", "! => ");
    }

    @Test
    void errorMessagesSayWhatWhereAndWhatToDo() {
        Planner planner = new Planner(LINE);
        assertThatThrownBy(() -> planner.upgrade(List.of(), "1a2b"))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessageStartingWith("Can't locate revision identified by '1a2b': multiple revisions start with "
                        + "'1a2b': '1a2b3c4d', '1a2bffff'")
                .satisfies(e -> assertThat(((TargetException) e).candidates()).containsExactly(A, B));
        assertThatThrownBy(() -> planner.upgrade(List.of(), "zz"))
                .hasMessageContaining("please ensure at least four characters are present");
        assertThatThrownBy(() -> planner.downgrade(List.of(B), "c0ff"))
                .isInstanceOf(NotAncestorException.class)
                .hasMessageStartingWith("Destination c0ff is not a valid downgrade target from current head(s).");
        assertThatThrownBy(() -> planner.upgrade(List.of(B), "+5"))
                .hasMessageStartingWith("Relative revision +5 didn't produce 5 migrations");
        assertThatThrownBy(() -> planner.upgrade(List.of("ffffeeee"), "head"))
                .hasMessageContaining("The version table holds revision 'ffffeeee', which is not among the revisions "
                        + "loaded");
    }

    @Test
    void history() {
        plans.expect("hist|:|", String.join(",", D, C, B, A))
                .expect("hist|1a2bffff:c0ffee00|", C + "," + B)
                .expect("hist|-1:|", D + "," + C)
                .expect("hist|:-1|", "!")
                .expect("hist|current:|" + B, String.join(",", D, C, B))
                .expect("hist|:current|" + C, String.join(",", C, B, A))
                .expect("hist|-2:current|" + D, String.join(",", D, C, B))
                .expect("hist|d00dfeed:1a2b3c4d|", "!")
                .expect("hist|d00dfeed|", "!");
    }

    @Test
    void stamp() {
        plans.expect("stamp|c0ffee00|" + A, "stamp|c0ffee00|1a2b3c4d|c0ffee00|U.1a2b3c4d.c0ffee00 => " + C)
                .expect("stamp|base|" + C, "stamp|-|c0ffee00||D.c0ffee00 => ")
                .expect("stamp|1a2b3c4d|", "stamp|1a2b3c4d||1a2b3c4d|I.1a2b3c4d => " + A)
                .expect("stamp|heads|" + A, "stamp|d00dfeed|1a2b3c4d|d00dfeed|U.1a2b3c4d.d00dfeed => " + D)
                .expect("stamp-purge|c0ffee00|" + D, "stamp|c0ffee00||c0ffee00|I.c0ffee00 => " + C)
                .expect("stamp|" + D + "|" + D, " => " + D);
    }

    @Test
    void offlineRanges() {
        plans.expect("offline-upgrade|1a2bffff:head|", UP_C + ";" + UP_D + " => " + D)
                .expect("offline-downgrade|d00dfeed:1a2bffff|", DOWN_D + ";" + DOWN_C + " => " + B)
                .expect("offline-upgrade|base:c0ff|", String.join(";", UP_A, UP_B, UP_C) + " => " + C)
                .expect("offline-upgrade|:c0ff|", String.join(";", UP_A, UP_B, UP_C) + " => " + C)
                .expect("offline-downgrade|head|", "! => ")
                .expect("offline-upgrade|a:b:c|", "! => ");
        Planner planner = new Planner(LINE);
        assertThatThrownBy(() -> planner.downgradeOffline("head"))
                .hasMessageStartingWith("downgrade with --sql requires <fromrev>:<torev>");
        assertThat(planner.stampOffline(List.of("1a2bffff:c0ffee00"))).singleElement()
                .satisfies(step -> assertThat(step.versionOps()).containsExactly(new VersionOp.Update(B, C)));
        assertThatThrownBy(() -> planner.stampOffline(List.of("1a2bffff:c0ffee00", "1a2b3c4d:d00dfeed")))
                .hasMessageStartingWith("Stamp operation with --sql only supports a single starting revision");
    }

    @Test
    void stepsDescribeThemselvesLikeAlembicsLog() {
        List<Step> steps = new Planner(LINE).upgrade(List.of(A), "+1");
        assertThat(steps).singleElement().satisfies(step ->
                assertThat(step.describe()).isEqualTo("upgrade 1a2b3c4d -> 1a2bffff, message of 1a2bffff"));
    }
}
