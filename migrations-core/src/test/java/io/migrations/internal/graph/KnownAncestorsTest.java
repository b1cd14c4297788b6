package io.migrations.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Revision;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnownAncestorsTest {

    /** A random DAG of {@code size} revisions loaded in shuffled order, so that load order is not a topological one. */
    private static RevisionGraph randomGraph(int size, long seed) {
        Random random = new Random(seed);
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> parents = new ArrayList<>();
            for (int p = 0; p < Math.min(i, 1 + random.nextInt(3)); p++) {
                String parent = "r" + random.nextInt(i);
                if (!parents.contains(parent)) {
                    parents.add(parent);
                }
            }
            revisions.add(Revision.of("r" + i, parents.toArray(String[]::new)));
        }
        Collections.shuffle(revisions, random);
        return RevisionGraph.of(revisions);
    }

    @Test
    void answersLikeAFullWalkWhateverTheOrderOfQuestions() {
        for (long seed = 0; seed < 20; seed++) {
            RevisionGraph graph = randomGraph(60, seed);
            int[][] parents = graph.topology().normalized();
            Random random = new Random(seed);
            for (int start = 0; start < graph.size(); start++) {
                BitSet expected = Traversal.reach(parents, start);
                KnownAncestors known = new KnownAncestors(parents, graph.topology().rank(), start);
                List<Integer> questions = new ArrayList<>();
                for (int node = 0; node < graph.size(); node++) {
                    questions.add(node);
                }
                Collections.shuffle(questions, random);
                for (int node : questions) {
                    assertThat(known.contains(node)).as("seed %d: is %s an ancestor of %s", seed, graph.idAt(node),
                            graph.idAt(start)).isEqualTo(expected.get(node));
                }
            }
        }
    }

    @Test
    void ranksEveryRevisionAboveItsParents() {
        RevisionGraph graph = randomGraph(200, 7);
        int[] rank = graph.topology().rank();
        int[][] all = graph.topology().all();
        for (int node = 0; node < graph.size(); node++) {
            for (int parent : all[node]) {
                assertThat(rank[node]).isGreaterThan(rank[parent]);
            }
        }
    }
}
