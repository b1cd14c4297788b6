package io.migrations.spring.drift;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code migrations.drift.*}: the drift section of the {@code migrations} endpoint. */
@ConfigurationProperties("migrations.drift")
public class MigrationsDriftProperties {

    /**
     * Whether the endpoint reports drift. Each request replays every revision into a temporary shadow database, so
     * it is off by default.
     */
    private boolean enabled = false;

    /**
     * A database on the server where the temporary shadow database is created and dropped (its user needs
     * CREATEDB); by default the migrated database's own server and credentials.
     */
    private @Nullable String shadowServerUrl;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getShadowServerUrl() {
        return shadowServerUrl;
    }

    public void setShadowServerUrl(@Nullable String shadowServerUrl) {
        this.shadowServerUrl = shadowServerUrl;
    }
}
