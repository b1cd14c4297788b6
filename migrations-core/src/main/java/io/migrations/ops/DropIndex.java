package io.migrations.ops;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name}.
 *
 * @param name    the index to drop
 * @param options {@link IndexOption#IF_EXISTS}, {@link IndexOption#CONCURRENTLY}
 */
public record DropIndex(String name, Set<IndexOption> options) implements Operation {

    private static final Set<IndexOption> ALLOWED = EnumSet.of(IndexOption.IF_EXISTS, IndexOption.CONCURRENTLY);

    public DropIndex {
        Values.name(name, "index");
        options = Values.indexOptions(options, ALLOWED, "dropIndex(" + name + ")");
    }

    /** True when the drop has {@code option}. */
    public boolean has(IndexOption option) {
        return options.contains(option);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
