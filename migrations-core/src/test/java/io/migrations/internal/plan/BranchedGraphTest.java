package io.migrations.internal.plan;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.MultipleHeadsException;
import io.migrations.api.StampMode;
import io.migrations.api.TargetException;
import io.migrations.internal.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two labelled branches from one root plus an independent labelled root, loaded in this order:
 * root0000, b1b1b1 (beta), a1a1a1 (alpha), x0x0x0 (extra), a2a2a2, b2b2b2, x1x1x1.
 */
class BranchedGraphTest {

    private static final RevisionGraph BRANCHES = graph(rev("root0000"), rev("b1b1b1", "root0000").labels("beta"),
            rev("a1a1a1", "root0000").labels("alpha"), rev("x0x0x0").labels("extra"), rev("a2a2a2", "a1a1a1"),
            rev("b2b2b2", "b1b1b1"), rev("x1x1x1", "x0x0x0"));
    private static final String UP_ROOT = "upgrade|root0000||root0000|I.root0000";
    private static final String UP_A1 = "upgrade|a1a1a1|root0000|a1a1a1|U.root0000.a1a1a1";
    private static final String UP_A2 = "upgrade|a2a2a2|a1a1a1|a2a2a2|U.a1a1a1.a2a2a2";
    private static final String DOWN_ALPHA = "downgrade|a2a2a2|a2a2a2|a1a1a1|U.a2a2a2.a1a1a1;"
            + "downgrade|a1a1a1|a1a1a1|root0000|D.a1a1a1";
    private static final String DOWN_BETA = "downgrade|b2b2b2|b2b2b2|b1b1b1|U.b2b2b2.b1b1b1;"
            + "downgrade|b1b1b1|b1b1b1|root0000|U.b1b1b1.root0000";
    private static final String DOWN_ROOT = "downgrade|root0000|root0000||D.root0000";

    private final PlanAssertions plans = new PlanAssertions(BRANCHES);

    @Test
    void headsAndBasesFollowLoadOrder() {
        assertThat(BRANCHES.heads()).containsExactly("a2a2a2", "b2b2b2", "x1x1x1");
        assertThat(BRANCHES.bases()).containsExactly("root0000", "x0x0x0");
        assertThat(BRANCHES.isBranchPoint("root0000")).isTrue();
        assertThat(BRANCHES.children("root0000")).containsExactly("b1b1b1", "a1a1a1");
    }

    @Test
    void labelsSpreadAlongTheirBranchButNotPastTheBranchPoint() {
        assertThat(BRANCHES.branchLabels("root0000")).isEmpty();
        assertThat(BRANCHES.branchLabels("a2a2a2")).containsExactly("alpha");
        assertThat(BRANCHES.branchLabels("b2b2b2")).containsExactly("beta");
        assertThat(BRANCHES.branchLabels("x1x1x1")).containsExactly("extra");
        assertThat(BRANCHES.labelOwners()).containsExactly(java.util.Map.entry("beta", "b1b1b1"),
                java.util.Map.entry("alpha", "a1a1a1"), java.util.Map.entry("extra", "x0x0x0"));
    }

    @Test
    void singleHeadTargetsNeedABranch() {
        plans.expect("upgrade|head|", "! => ")
                .expect("upgrade|+1|", "! => ")
                .expect("upgrade|alpha@head|", String.join(";", UP_ROOT, UP_A1, UP_A2) + " => a2a2a2")
                .expect("upgrade|a1a1a1@head|", String.join(";", UP_ROOT, UP_A1, UP_A2) + " => a2a2a2")
                .expect("upgrade|alpha@a2a2|", String.join(";", UP_ROOT, UP_A1, UP_A2) + " => a2a2a2")
                .expect("upgrade|alpha@b2b2|", "! => ")
                .expect("upgrade|alpha@+2|", UP_ROOT + ";" + UP_A1 + " => a1a1a1")
                .expect("upgrade|x0x0@+1|", "upgrade|x0x0x0||x0x0x0|I.x0x0x0 => x0x0x0");
        assertThatThrownBy(() -> new Planner(BRANCHES).upgrade(List.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("Multiple head revisions are present for given argument 'head' (a2a2a2, b2b2b2, "
                        + "x1x1x1); please specify a specific target revision, '<branchname>@head' to narrow to a "
                        + "specific head, or 'heads' for all heads. To end up with one head, merge them with "
                        + "'merge'.")
                .satisfies(e -> assertThat(((TargetException) e).candidates())
                        .containsExactly("a2a2a2", "b2b2b2", "x1x1x1"));
    }

    @Test
    void upgradeHeadsWalksBranchesInAlembicsOrder() {
        plans.expect("upgrade|heads|", "upgrade|x0x0x0||x0x0x0|I.x0x0x0;upgrade|x1x1x1|x0x0x0|x1x1x1|U.x0x0x0.x1x1x1;"
                + "upgrade|root0000||root0000|I.root0000;upgrade|b1b1b1|root0000|b1b1b1|U.root0000.b1b1b1;"
                + "upgrade|b2b2b2|b1b1b1|b2b2b2|U.b1b1b1.b2b2b2;upgrade|a1a1a1|root0000|a1a1a1|I.a1a1a1;"
                + UP_A2 + " => x1x1x1,b2b2b2,a2a2a2")
                .expect("upgrade|beta@+1|a2a2a2", "upgrade|b1b1b1|root0000|b1b1b1|I.b1b1b1 => a2a2a2,b1b1b1")
                .expect("upgrade|extra@head|a2a2a2,b2b2b2", "upgrade|x0x0x0||x0x0x0|I.x0x0x0;"
                        + "upgrade|x1x1x1|x0x0x0|x1x1x1|U.x0x0x0.x1x1x1 => a2a2a2,b2b2b2,x1x1x1");
    }

    @Test
    void downgradeBranchesAndToBase() {
        plans.expect("downgrade|alpha@base|a2a2a2,b2b2b2,x1x1x1",
                        DOWN_ALPHA + ";" + DOWN_BETA + ";" + DOWN_ROOT + " => x1x1x1")
                .expect("downgrade|beta@-1|a2a2a2,b2b2b2", "downgrade|b2b2b2|b2b2b2|b1b1b1|U.b2b2b2.b1b1b1 "
                        + "=> a2a2a2,b1b1b1")
                .expect("downgrade|root0000|a2a2a2,b2b2b2", DOWN_ALPHA + ";" + DOWN_BETA + " => root0000")
                .expect("downgrade|base|a2a2a2,b2b2b2,x1x1x1", DOWN_ALPHA + ";" + DOWN_BETA + ";" + DOWN_ROOT
                        + ";downgrade|x1x1x1|x1x1x1|x0x0x0|U.x1x1x1.x0x0x0;downgrade|x0x0x0|x0x0x0||D.x0x0x0 => ");
    }

    /** Alembic 1.8 warns that this is ambiguous and goes down from whichever version row comes first. */
    @Test
    void relativeDowngradeFromSeveralHeadsIsRefusedWithTheCommandsThatChooseOne() {
        assertThatThrownBy(() -> new Planner(BRANCHES).downgrade(List.of("a2a2a2", "b2b2b2"), "-1"))
                .isInstanceOf(TargetException.class)
                .hasMessage("Downgrade -1 is ambiguous: the database is at several heads (a2a2a2, b2b2b2), and -1 does "
                        + "not say which one to go down from. Choose one: 'downgrade a2a2a2-1' or 'downgrade "
                        + "b2b2b2-1', or by branch label: 'downgrade alpha@-1' or 'downgrade beta@-1'. Nothing was "
                        + "changed.")
                .extracting(e -> ((TargetException) e).candidates()).isEqualTo(List.of("a2a2a2", "b2b2b2"));
        assertThatThrownBy(() -> new Planner(BRANCHES).downgrade(List.of("b2b2b2", "x1x1x1"), "-2"))
                .hasMessageContaining("'downgrade b2b2b2-2' or 'downgrade x1x1x1-2', or by branch label: "
                        + "'downgrade beta@-2' or 'downgrade extra@-2'");
    }

    @Test
    void stampAcrossBranches() {
        plans.expect("stamp|beta@head|a1a1a1", "stamp|b2b2b2||b2b2b2|I.b2b2b2 => a1a1a1,b2b2b2")
                .expect("stamp|heads|", "stamp|a2a2a2||a2a2a2|I.a2a2a2;stamp|b2b2b2||b2b2b2|I.b2b2b2;"
                        + "stamp|x1x1x1||x1x1x1|I.x1x1x1 => a2a2a2,b2b2b2,x1x1x1")
                .expect("stamp|base|a2a2a2,x1x1x1", "stamp|-|a2a2a2||D.a2a2a2;stamp|-|x1x1x1||D.x1x1x1 => ")
                .expect("stamp|a2a2a2 b2b2b2|", "stamp|a2a2a2||a2a2a2|I.a2a2a2;stamp|b2b2b2||b2b2b2|I.b2b2b2 "
                        + "=> a2a2a2,b2b2b2")
                .expect("stamp|root0000|a2a2a2,b2b2b2", "stamp|root0000|a2a2a2,b2b2b2|root0000|D.a2a2a2,"
                        + "U.b2b2b2.root0000 => root0000")
                .expect("stamp|head|", "! => ");
        assertThatThrownBy(() -> new Planner(BRANCHES).stamp(List.of(), List.of("head"), StampMode.KEEP))
                .hasMessageStartingWith("Multiple heads are present; please specify a single target revision");
    }

    @Test
    void historyOfABranch() {
        plans.expect("hist|:|", "a2a2a2,a1a1a1,b2b2b2,b1b1b1,root0000,x1x1x1,x0x0x0")
                .expect("hist|alpha@base:alpha@head|", "a2a2a2,a1a1a1,root0000")
                .expect("hist|beta@base:heads|", "b2b2b2,b1b1b1,root0000");
    }
}
