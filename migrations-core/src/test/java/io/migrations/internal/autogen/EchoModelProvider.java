package io.migrations.internal.autogen;

import io.migrations.api.ModelProvider;
import java.util.Map;

/** A provider for tests, registered in this module's test resources: {@code echo:<sql>} is that SQL. */
public final class EchoModelProvider implements ModelProvider {

    @Override
    public String kind() {
        return "echo";
    }

    @Override
    public String ddl(String argument, ClassLoader classLoader, Map<String, Object> settings) {
        return argument + " -- " + settings.getOrDefault("comment", "no settings");
    }
}
