package io.migrations.spring.tenants;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code migrations.tenants.*}: the tenant schemas migrated with the application's revisions. */
@ConfigurationProperties("migrations.tenants")
public class MigrationsTenantsProperties {

    /**
     * SQL run on the application's data source whose first column names the tenant schemas, e.g. 'SELECT
     * schema_name FROM tenants WHERE active'. A TenantSource bean takes its place.
     */
    private @Nullable String schemasQuery;

    /**
     * How many tenants are migrated at once. Each holds 2 connections of the data source (work and lock), and a third
     * while one of its statements runs past the blocker watch's first sample (at most 250 ms), so keep the pool at
     * least 3 times this. No more than half the pool's maximum size run at once, with a warning saying so.
     */
    private int parallel = 1;

    /** Start no new tenant after this many have failed; 'all' keeps going. */
    private String maxFailures = "1";

    /**
     * How many tenants, the first ones in the source's order among those not at the target, are migrated before the
     * others; if any of them fails, no other starts.
     */
    private int canary;

    public @Nullable String getSchemasQuery() {
        return schemasQuery;
    }

    public void setSchemasQuery(@Nullable String schemasQuery) {
        this.schemasQuery = schemasQuery;
    }

    public int getParallel() {
        return parallel;
    }

    public void setParallel(int parallel) {
        this.parallel = parallel;
    }

    public String getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(String maxFailures) {
        this.maxFailures = maxFailures;
    }

    public int getCanary() {
        return canary;
    }

    public void setCanary(int canary) {
        this.canary = canary;
    }
}
