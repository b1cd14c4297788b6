package io.migrations.api;

import java.util.List;

/** No revision or branch matches a target, or an id prefix matches several (Alembic's {@code ResolutionError}). */
public class UnknownTargetException extends TargetException {

    public UnknownTargetException(String argument, String detail, List<String> candidates) {
        super(argument, "Can't locate revision identified by '" + argument + "': " + detail, candidates);
    }
}
