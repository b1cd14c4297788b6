package io.migrations.internal.plan;

import static io.migrations.internal.graph.Graphs.graph;
import static io.migrations.internal.graph.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.RevisionGraph;
import org.junit.jupiter.api.Test;

/**
 * A diamond with a tail and a side branch: aaaa <- bbbb, aaaa <- cccc, dddd merges (bbbb, cccc), eeee on dddd,
 * ffff on cccc. Load order aaaa, cccc, bbbb, dddd, ffff, eeee.
 */
class MergeGraphTest {

    private static final RevisionGraph MERGE = graph(rev("aaaa"), rev("cccc", "aaaa"), rev("bbbb", "aaaa"),
            rev("dddd", "bbbb", "cccc"), rev("ffff", "cccc"), rev("eeee", "dddd"));
    private static final String UNMERGE = "downgrade|dddd|dddd|bbbb,cccc|I.bbbb,U.dddd.cccc";

    private final PlanAssertions plans = new PlanAssertions(MERGE);

    @Test
    void structure() {
        assertThat(MERGE.heads()).containsExactly("ffff", "eeee");
        assertThat(MERGE.isMergePoint("dddd")).isTrue();
        assertThat(MERGE.isBranchPoint("aaaa")).isTrue();
        assertThat(MERGE.isBranchPoint("cccc")).isTrue();
        assertThat(MERGE.isBranchPoint("dddd")).isFalse();
        assertThat(MERGE.parents("dddd")).containsExactly("bbbb", "cccc");
    }

    @Test
    void upgradeMergesRows() {
        plans.expect("upgrade|heads|", "upgrade|aaaa||aaaa|I.aaaa;upgrade|cccc|aaaa|cccc|U.aaaa.cccc;"
                        + "upgrade|bbbb|aaaa|bbbb|I.bbbb;upgrade|dddd|bbbb,cccc|dddd|D.bbbb,U.cccc.dddd;"
                        + "upgrade|eeee|dddd|eeee|U.dddd.eeee;upgrade|ffff|cccc|ffff|I.ffff => eeee,ffff")
                .expect("upgrade|dddd|ffff", "upgrade|bbbb|aaaa|bbbb|I.bbbb;upgrade|dddd|bbbb,cccc|dddd|"
                        + "U.bbbb.dddd => ffff,dddd")
                .expect("upgrade|eeee|bbbb,ffff", "upgrade|dddd|bbbb,cccc|dddd|U.bbbb.dddd;"
                        + "upgrade|eeee|dddd|eeee|U.dddd.eeee => ffff,eeee")
                .expect("upgrade|ffff|dddd", "upgrade|ffff|cccc|ffff|I.ffff => dddd,ffff");
    }

    @Test
    void downgradeUnmergesRows() {
        plans.expect("downgrade|cccc|eeee,ffff", "downgrade|ffff|ffff|cccc|D.ffff;"
                        + "downgrade|eeee|eeee|dddd|U.eeee.dddd;" + UNMERGE + " => bbbb,cccc")
                .expect("downgrade|bbbb|eeee", "downgrade|eeee|eeee|dddd|U.eeee.dddd;" + UNMERGE + " => bbbb,cccc")
                .expect("downgrade|base|eeee,ffff", "downgrade|ffff|ffff|cccc|D.ffff;"
                        + "downgrade|eeee|eeee|dddd|U.eeee.dddd;" + UNMERGE + ";downgrade|bbbb|bbbb|aaaa|D.bbbb;"
                        + "downgrade|cccc|cccc|aaaa|U.cccc.aaaa;downgrade|aaaa|aaaa||D.aaaa => ")
                .expect("downgrade|dddd-1|eeee", "! => eeee");
    }

    @Test
    void stampMergesAndMovesDown() {
        plans.expect("stamp|dddd|bbbb,cccc", "stamp|dddd|bbbb,cccc|dddd|D.bbbb,U.cccc.dddd => dddd")
                .expect("stamp|aaaa|eeee", "stamp|aaaa|eeee|aaaa|U.eeee.aaaa => aaaa");
    }

    @Test
    void history() {
        plans.expect("hist|:|", "ffff,eeee,dddd,bbbb,cccc,aaaa")
                .expect("hist|cccc:eeee|", "eeee,dddd,cccc");
    }
}
