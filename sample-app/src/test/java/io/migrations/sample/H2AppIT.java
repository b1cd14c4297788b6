package io.migrations.sample;

import java.util.Map;

/** The jar started with no configuration at all, as a newcomer does: in-memory H2, migrated at startup. */
class H2AppIT extends RunningAppContract {

    @Override
    Map<String, String> prepareDatabase() {
        return Map.of();
    }

    @Override
    String expectedJdbcUrlPrefix() {
        return "jdbc:h2:mem:";
    }
}
