package io.migrations.dialect;

/** H2, the embedded default for quick starts and the sample app. */
public class H2Dialect implements Dialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return identifier.matches("[A-Za-z_][A-Za-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
