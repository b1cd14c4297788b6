package io.migrations.java;

import io.migrations.ops.Operations;

/**
 * A Java revision without a downgrade, like an SQL revision without a downgrade section: downgrading past it fails
 * before anything runs. Annotate the class with {@link Revision}.
 */
public interface IrreversibleMigration {

    /** Records the operations that apply this revision. */
    void upgrade(Operations op);
}
