package io.migrations.spring.lint;

import io.migrations.api.FailOn;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code migrations.lint.*}: the safety lint of pending revisions at startup. */
@ConfigurationProperties("migrations.lint")
public class MigrationsLintProperties {

    /** Whether to lint the pending revisions before they are applied at startup. */
    private boolean enabled = true;

    /** Severity from which lint findings stop the application before anything runs: 'error', 'warning' or 'never'. */
    private FailOn failOn = FailOn.ERROR;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public FailOn getFailOn() {
        return failOn;
    }

    public void setFailOn(FailOn failOn) {
        this.failOn = failOn;
    }
}
