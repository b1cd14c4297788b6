package io.migrations.java;

import io.migrations.ops.Operations;

/**
 * A reversible Java revision: {@link #downgrade} undoes {@link #upgrade}. Annotate the class with {@link Revision}.
 * A revision that cannot be undone implements {@link IrreversibleMigration} instead, so that the compiler, not a
 * convention, says whether a downgrade exists.
 */
public interface Migration {

    /** Records the operations that apply this revision. */
    void upgrade(Operations op);

    /** Records the operations that undo {@link #upgrade}, usually in reverse order. */
    void downgrade(Operations op);
}
