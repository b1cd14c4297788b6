package io.migrations.api;

import java.util.List;

/** A range or destination does not lie on one line of descent (Alembic's {@code RangeNotAncestorError}). */
public class NotAncestorException extends TargetException {

    public NotAncestorException(String target, String message) {
        super(target, message, List.of());
    }
}
