package io.migrations.ops;

import io.migrations.api.OperationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table (columns) [WHERE condition]}.
 * Immutable; start with {@link Dsl#index} and add options, e.g. {@code index("ix", "users", "email").unique()}.
 *
 * @param name    index name
 * @param table   indexed table
 * @param columns indexed columns, in order
 * @param options {@link IndexOption#UNIQUE}, {@link IndexOption#CONCURRENTLY}, {@link IndexOption#IF_NOT_EXISTS}
 * @param where   condition of a partial index; empty to index every row
 */
public record CreateIndex(String name, String table, List<String> columns, Set<IndexOption> options,
                          Optional<String> where) implements Operation {

    private static final Set<IndexOption> ALLOWED =
            EnumSet.of(IndexOption.UNIQUE, IndexOption.CONCURRENTLY, IndexOption.IF_NOT_EXISTS);

    public CreateIndex {
        Values.name(name, "index");
        Values.name(table, "table");
        columns = Values.names(columns, "index column");
        options = Values.indexOptions(options, ALLOWED, "createIndex(" + name + ")");
        Objects.requireNonNull(where, "where");
    }

    /** A plain index on {@code columns}. */
    public static CreateIndex of(String name, String table, List<String> columns) {
        return new CreateIndex(name, table, columns, Set.of(), Optional.empty());
    }

    /** True when the index has {@code option}. */
    public boolean has(IndexOption option) {
        return options.contains(option);
    }

    /** A unique index. */
    public CreateIndex unique() {
        return with(IndexOption.UNIQUE);
    }

    /** Built without blocking writes; see {@link IndexOption#CONCURRENTLY}. */
    public CreateIndex concurrently() {
        return with(IndexOption.CONCURRENTLY);
    }

    /** Skipped when an index of this name exists. */
    public CreateIndex ifNotExists() {
        return with(IndexOption.IF_NOT_EXISTS);
    }

    /** A partial index over the rows matching {@code condition} (PostgreSQL only). */
    public CreateIndex where(String condition) {
        if (condition == null || condition.isBlank()) {
            throw new OperationException("createIndex(" + name + ").where needs a condition");
        }
        return new CreateIndex(name, table, columns, options, Optional.of(condition));
    }

    private CreateIndex with(IndexOption option) {
        return new CreateIndex(name, table, columns, Values.plus(options, option), where);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
