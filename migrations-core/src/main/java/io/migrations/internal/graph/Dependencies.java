package io.migrations.internal.graph;

/** Whether a walk of the graph follows {@code depends_on} links besides the parents ({@code down_revision}). */
public enum Dependencies {

    /** Parents and dependencies, as Alembic's {@code include_dependencies=True}. */
    FOLLOWED,

    /** Parents only. */
    IGNORED
}
