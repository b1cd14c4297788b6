package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.Script;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the app's revision graph, checked without a database: what the sample sets out to show. */
class RevisionGraphTest {

    private final List<Script> scripts = AppRevisions.scripts();
    private final RevisionGraph graph = AppRevisions.graph();

    @Test
    void oneBaseAndOneHeadThatMergesTheAuthAndBillingBranches() {
        assertThat(graph.bases()).containsExactly("4b768340b873");
        assertThat(graph.heads()).containsExactly(AppRevisions.HEAD);
        assertThat(graph.parents(AppRevisions.HEAD)).containsExactlyInAnyOrder("5f0ce56c2b01", "595783df8560");
        assertThat(graph.branchLabels("eec0ecf1332c")).containsExactly("auth");
        assertThat(graph.branchLabels("9ab4b1a233d3")).containsExactly("billing");
        assertThat(graph.children("03dacfff8ecd")).containsExactlyInAnyOrder("eec0ecf1332c", "9ab4b1a233d3");
    }

    @Test
    void revisionsAreBothSqlFilesAndJavaClasses() {
        assertThat(scripts).extracting(script -> script.revision().location())
                .anySatisfy(location -> assertThat(location).endsWith(".sql"))
                .anySatisfy(location -> assertThat(location).startsWith("db.migrations."));
    }

    @Test
    void theConcurrentIndexRevisionRunsOutsideATransaction() {
        assertThat(scripts).filteredOn(script -> !script.transactional()).extracting(Script::id)
                .containsExactly("03dacfff8ecd");
    }
}
