package io.migrations.spring.tenants;

import io.migrations.internal.fleet.FleetOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenants at a glance: how many there are, how many in each status, and one page of the failing ones.
 *
 * @param total   tenants the source names
 * @param counts  tenants by status: {@code at target}, {@code fails check} (not at the heads), {@code failed},
 *                {@code not started}
 *                (statuses without tenants left out)
 * @param page    the page of {@code failing} shown, from 0
 * @param size    failing tenants per page
 * @param pages   pages of failing tenants
 * @param failing the failed tenants of this page, in the source's order, with their errors
 */
public record TenantsSummary(int total, Map<String, Long> counts, int page, int size, int pages,
                             List<Tenant> failing) {

    /** Failing tenants per page when the caller names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page the endpoint hands out. */
    public static final int MAX_SIZE = 500;

    /**
     * One tenant.
     *
     * @param schema   its schema
     * @param status   its status, as in {@link TenantsSummary#counts()}
     * @param current  its version rows (empty at base)
     * @param error    why it failed, passwords masked; null unless it failed
     */
    public record Tenant(String schema, String status, List<String> current, @Nullable String error) {
    }

    /** Whether any tenant failed in this process's last run. */
    public boolean anyFailed() {
        return counts.containsKey(FleetOutcome.Result.FAILED.label());
    }

    /** Whether every tenant is at the target. */
    public boolean allAtTarget() {
        return counts.getOrDefault(FleetOutcome.Result.AT_TARGET.label(), 0L) == total;
    }

    static TenantsSummary of(List<Tenant> tenants, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (FleetOutcome.Result result : FleetOutcome.Result.values()) {
            long count = tenants.stream().filter(t -> t.status().equals(result.label())).count();
            if (count > 0) {
                counts.put(result.label(), count);
            }
        }
        List<Tenant> failing = tenants.stream()
                .filter(t -> t.status().equals(FleetOutcome.Result.FAILED.label())).toList();
        int pages = (failing.size() + pageSize - 1) / pageSize;
        int from = (int) Math.min((long) Math.max(0, page) * pageSize, failing.size());
        return new TenantsSummary(tenants.size(), counts, Math.max(0, page), pageSize, pages,
                failing.subList(from, Math.min(from + pageSize, failing.size())));
    }
}
