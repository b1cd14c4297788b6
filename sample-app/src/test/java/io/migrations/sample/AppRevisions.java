package io.migrations.sample;

import io.migrations.MigrationsConfig;
import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.internal.script.RevisionSources;
import io.migrations.internal.script.Script;
import java.util.List;

/** The app's revisions as the starter loads them: SQL files and Java classes under {@code classpath:db/migrations}. */
final class AppRevisions {

    /** The merge of the {@code auth} and {@code billing} branches, the single head. */
    static final String HEAD = "e5220f5a7336";

    private AppRevisions() {
    }

    static List<Script> scripts() {
        return RevisionSources.of(List.of(MigrationsConfig.DEFAULT_LOCATION), AppRevisions.class.getClassLoader()).load();
    }

    static RevisionGraph graph() {
        return RevisionGraph.of(scripts().stream().map(Script::revision).toList());
    }

    static List<String> ids() {
        return graph().revisions().stream().map(Revision::id).toList();
    }
}
