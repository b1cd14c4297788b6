package io.migrations.internal.render;

/** Why one revision points at another. */
public enum EdgeKind {
    /** The child names the parent in {@code down_revision}; drawn solid. */
    DOWN_REVISION("down_revision"),
    /** The revision names the other in {@code depends_on}; drawn dashed. */
    DEPENDS_ON("depends_on");

    private final String key;

    EdgeKind(String key) {
        this.key = key;
    }

    /** The header name, also used in the JSON and as a CSS class. */
    public String key() {
        return key;
    }
}
