package io.migrations.java.given;

import static io.migrations.ops.Dsl.column;
import static io.migrations.ops.Types.INTEGER;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

/** A Java revision that needs a constructor argument, as a Spring bean with an injected setting would. */
@Revision(id = "g1", message = "Create the table it is told to")
public class CreateNamedTable implements Migration {

    private final String table;

    public CreateNamedTable(String table) {
        this.table = table;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable(table, column("id", INTEGER));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable(table);
    }
}
