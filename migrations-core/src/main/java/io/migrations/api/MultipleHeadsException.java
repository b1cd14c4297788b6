package io.migrations.api;

import java.util.List;

/** A target that must name one revision names several heads (Alembic's {@code MultipleHeads}). */
public class MultipleHeadsException extends TargetException {

    public MultipleHeadsException(String target, List<String> heads) {
        super(target, "Multiple head revisions are present for given argument '" + target + "' (" + String.join(", ",
                heads) + "); please specify a specific target revision, '<branchname>@" + target + "' to narrow to "
                + "a specific head, or 'heads' for all heads. To end up with one head, merge them with 'merge'.",
                heads);
    }
}
