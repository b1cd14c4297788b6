package io.migrations.internal.script;

import java.util.Comparator;
import java.util.List;

/** Somewhere revisions come from: a folder of SQL files, a class path folder, compiled Java revisions. */
@FunctionalInterface
public interface RevisionSource {

    /**
     * The order in which revisions are loaded: by file name (the last segment of the location), then by the whole
     * location. Alembic 1.8 loads a folder in directory-listing order, which is undefined and differs between
     * machines; sorting by file name is what that order usually is, and class path entries get it too.
     */
    Comparator<Script> LOAD_ORDER = LoadOrder.COMPARATOR;

    /**
     * Reads every revision, in {@link #LOAD_ORDER}.
     *
     * @throws ScriptException when the source does not exist or a revision cannot be read
     */
    List<Script> load();
}
