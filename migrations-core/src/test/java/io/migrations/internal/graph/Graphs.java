package io.migrations.internal.graph;

import io.migrations.api.Revision;
import java.util.Arrays;
import java.util.List;

/** Inline graph definitions for tests: {@code graph(rev("a"), rev("b", "a").labels("x"))}. */
public final class Graphs {

    private Graphs() {
    }

    /** A revision under construction. */
    public record Rev(String id, List<String> down, List<String> labels, List<String> deps) {

        public Rev labels(String... names) {
            return new Rev(id, down, List.of(names), deps);
        }

        public Rev dependsOn(String... ids) {
            return new Rev(id, down, labels, List.of(ids));
        }

        public Revision toRevision() {
            return new Revision(id, down, labels, deps, "message of " + id, "", "versions/" + id + ".py");
        }
    }

    public static Rev rev(String id, String... down) {
        return new Rev(id, List.of(down), List.of(), List.of());
    }

    /** The graph of these revisions, in this load order. */
    public static RevisionGraph graph(Rev... revisions) {
        return RevisionGraph.of(revisions(revisions));
    }

    public static List<Revision> revisions(Rev... revisions) {
        return Arrays.stream(revisions).map(Rev::toRevision).toList();
    }
}
