package io.migrations.internal.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortens revision ids for pictures: an id up to the minimum length stays whole; a longer one is cut to the
 * shortest prefix of at least that length that no other id shares.
 */
final class ShortIds {

    private final int minimum;
    private final Map<String, Integer> prefixCounts = new HashMap<>();

    ShortIds(List<String> ids, int minimum) {
        this.minimum = minimum;
        for (String id : ids) {
            for (int length = minimum; length < id.length(); length++) {
                prefixCounts.merge(id.substring(0, length), 1, Integer::sum);
            }
        }
    }

    /** The shortened form of {@code id}. */
    String of(String id) {
        for (int length = minimum; length < id.length(); length++) {
            if (prefixCounts.getOrDefault(id.substring(0, length), 0) == 1) {
                return id.substring(0, length) + "…";
            }
        }
        return id;
    }
}
