package io.migrations.test;

import io.migrations.test.CatalogSnapshot.Difference;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each revision's upgrade changed in the catalog, recorded while upgrading one revision at a time, so the
 * expected catalog of any set of applied revisions can be predicted and a leftover object traced to its revision.
 */
final class SchemaLedger {

    private final CatalogSnapshot baseline;
    private final Map<String, Difference> changes = new LinkedHashMap<>();
    private CatalogSnapshot latest;

    SchemaLedger(CatalogSnapshot baseline) {
        this.baseline = baseline;
        this.latest = baseline;
    }

    /** Records that upgrading {@code revision} turned the latest snapshot into {@code after}. */
    void record(String revision, CatalogSnapshot after) {
        changes.put(revision, latest.to(after));
        latest = after;
    }

    /** The snapshot after the latest recorded upgrade. */
    CatalogSnapshot latest() {
        return latest;
    }

    /** The catalog expected when exactly {@code applied} are applied: the baseline plus their changes, in upgrade order. */
    CatalogSnapshot expected(Collection<String> applied) {
        CatalogSnapshot result = baseline;
        for (Map.Entry<String, Difference> change : changes.entrySet()) {
            if (applied.contains(change.getKey())) {
                result = result.with(change.getValue());
            }
        }
        return result;
    }

    /** The revision whose upgrade added {@code object}, or null when the baseline had it. */
    String creatorOf(String object) {
        String creator = null;
        for (Map.Entry<String, Difference> change : changes.entrySet()) {
            if (change.getValue().added().contains(object)) {
                creator = change.getKey();
            }
        }
        return creator;
    }
}
