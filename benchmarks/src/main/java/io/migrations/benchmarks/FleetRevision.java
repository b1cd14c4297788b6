package io.migrations.benchmarks;

import java.util.List;

/**
 * Revision {@code index} of a tenant's schema in the fleet workload, with unqualified names (the schema comes first on
 * the search path): 1 and 2 create and fill two tables, 3 adds a foreign key and its index, 4 adds a column and
 * backfills it, and each later one is a {@link RevisionSql} table with its index and rows.
 *
 * @param index 1-based position in the chain
 */
record FleetRevision(int index) implements WorkloadRevision {

    /** Revisions before the first {@link RevisionSql} table. */
    static final int SHAPED = 4;

    FleetRevision {
        if (index < 1) {
            throw new IllegalArgumentException("revision index must be 1 or more, got " + index);
        }
    }

    @Override
    public String name() {
        return switch (index) {
            case 1 -> "create_customers";
            case 2 -> "create_orders";
            case 3 -> "orders_customer_fk";
            case 4 -> "backfill_customer_email";
            default -> new RevisionSql(index).name();
        };
    }

    @Override
    public String upgradeScript() {
        return WorkloadRevision.script(switch (index) {
            case 1 -> List.of("CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                    "INSERT INTO customers (id, name) SELECT g, 'Customer ' || g FROM generate_series(1, 50) g");
            case 2 -> List.of("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, "
                            + "amount NUMERIC(12, 2) NOT NULL)",
                    "INSERT INTO orders (id, customer_id, amount) SELECT g, 1 + g % 50, g * 1.5 "
                            + "FROM generate_series(1, 200) g");
            case 3 -> List.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
                            + "REFERENCES customers (id)",
                    "CREATE INDEX orders_customer_idx ON orders (customer_id)");
            case 4 -> List.of("ALTER TABLE customers ADD COLUMN email VARCHAR(200)",
                    "UPDATE customers SET email = lower(replace(name, ' ', '.')) || '@example.com'");
            default -> new RevisionSql(index).upgrade();
        });
    }

    @Override
    public String downgradeScript() {
        return WorkloadRevision.script(switch (index) {
            case 1 -> List.of("DROP TABLE customers");
            case 2 -> List.of("DROP TABLE orders");
            case 3 -> List.of("DROP INDEX orders_customer_idx", "ALTER TABLE orders DROP CONSTRAINT orders_customer_fk");
            case 4 -> List.of("ALTER TABLE customers DROP COLUMN email");
            default -> List.of(new RevisionSql(index).downgrade());
        });
    }
}
