package io.migrations.benchmarks;

import java.util.List;

/**
 * The SQL of synthetic revision {@code i}: a table, an index on it and a few rows, the same for every tool.
 *
 * @param index 1-based position of the revision in the chain
 */
record RevisionSql(int index) implements WorkloadRevision {

    RevisionSql {
        if (index < 1) {
            throw new IllegalArgumentException("revision index must be 1 or more, got " + index);
        }
    }

    @Override
    public String name() {
        return "create_" + table();
    }

    /** The table this revision creates. */
    String table() {
        return "t_" + index;
    }

    /** The statements that apply the revision, without terminating semicolons. */
    List<String> upgrade() {
        String t = table();
        return List.of(
                "CREATE TABLE " + t + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                        + "amount NUMERIC(12, 2), created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())",
                "CREATE INDEX " + t + "_name_idx ON " + t + " (name)",
                "INSERT INTO " + t + " (id, name, amount) VALUES (1, 'first', 10.50), (2, 'second', 20.00), "
                        + "(3, 'third', 30.25)");
    }

    /** The statement that undoes the revision. */
    String downgrade() {
        return "DROP TABLE " + table();
    }

    @Override
    public String upgradeScript() {
        return WorkloadRevision.script(upgrade());
    }

    @Override
    public String downgradeScript() {
        return WorkloadRevision.script(List.of(downgrade()));
    }
}
