package io.migrations.java.scenarios;

import io.migrations.java.Migration;
import io.migrations.java.Revision;
import io.migrations.ops.Operations;

@Revision(id = "2c2c2c2c2c2c", down = "0a0a0a0a0a0a", message = "Index logs by provider")
public class AddLogsProviderIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_logs_provider", "logs", "provider");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_logs_provider");
    }
}
