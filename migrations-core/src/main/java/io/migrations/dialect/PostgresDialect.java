package io.migrations.dialect;

/** PostgreSQL. */
public class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
