package io.migrations.internal.render;

import java.util.Locale;

/** A structural role of a revision that a picture makes stand out. */
public enum Mark {
    /** No child through {@code down_revision}. */
    HEAD,
    /** Two or more {@code down_revision}s. */
    MERGE,
    /** Two or more children through {@code down_revision}. */
    BRANCH_POINT,
    /** No {@code down_revision}. */
    BASE,
    /** Parents exist but are left out of the picture ({@code --since}). */
    CUT;

    /** The name pictures and the JSON use: {@code head}, {@code merge}, {@code branchpoint}, {@code base}, {@code cut}. */
    public String key() {
        return name().replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The word printed on a node, so that a mark never depends on colour alone. */
    public String word() {
        return switch (this) {
            case HEAD -> "head";
            case MERGE -> "merge";
            case BRANCH_POINT -> "branch point";
            case BASE -> "base";
            case CUT -> "older hidden";
        };
    }
}
