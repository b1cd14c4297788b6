package io.migrations.spring.console;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code migrations.console.*}: the read-only web console. */
@ConfigurationProperties("migrations.console")
public class MigrationsConsoleProperties {

    /**
     * Whether to serve the read-only console page. It reads only the 'migrations' Actuator endpoint, which must be
     * exposed over the web; security rules that protect the endpoint protect the console's data.
     */
    private boolean enabled = false;

    /** Path of the console page, e.g. '/migrations' or '/ops/migrations'. */
    private String path = "/migrations";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPath() {
        return path;
    }

    /**
     * @throws IllegalArgumentException unless the path starts with '/', does not end with one and has no pattern
     *                                  characters (the request mapping uses the property as written)
     */
    public void setPath(@Nullable String path) {
        if (path == null || !path.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException("migrations.console.path must be a plain path such as /migrations or "
                    + "/ops/migrations (starting with '/', no trailing '/', no patterns), got '" + path + "'");
        }
        this.path = path;
    }
}
