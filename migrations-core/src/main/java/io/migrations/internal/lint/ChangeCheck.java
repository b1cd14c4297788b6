package io.migrations.internal.lint;

import io.migrations.api.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One rule applied to one change, given what is known at that point.
 *
 * @param rule     the rule
 * @param detector the message naming what is risky, or empty when the change is fine
 */
record ChangeCheck(Rule rule, Detector detector) {

    /** Decides whether a change breaks the rule. */
    @FunctionalInterface
    interface Detector {

        Optional<String> detect(Change change, Facts facts, boolean transactional);
    }

    /** The checks made on every upgrade statement, one per statement rule. */
    static final List<ChangeCheck> UPGRADE = List.of(
            onExisting(Rule.NOT_NULL_COLUMN_WITHOUT_DEFAULT, Change.AddColumn.class,
                    add -> add.notNull() && add.defaultValue().isEmpty() && !add.generated(),
                    add -> "column " + add.table() + "." + add.column() + " is added NOT NULL without a default"),
            onExisting(Rule.VOLATILE_DEFAULT, Change.AddColumn.class,
                    add -> add.defaultValue().filter(VolatileDefaults::isVolatile).isPresent(),
                    add -> "column " + add.table() + "." + add.column() + " is added with the volatile default "
                            + add.defaultValue().orElseThrow()),
            onExisting(Rule.COLUMN_TYPE_CHANGE, Change.AlterColumnType.class, alter -> true,
                    alter -> "column " + alter.table() + "." + alter.column() + " changes its type to "
                            + alter.type()),
            onExisting(Rule.RENAME_COLUMN, Change.RenameColumn.class, rename -> true,
                    rename -> "column " + rename.table() + "." + rename.column() + " is renamed to "
                            + rename.newName()),
            onExisting(Rule.RENAME_TABLE, Change.RenameTable.class, rename -> true,
                    rename -> "table " + rename.table() + " is renamed to " + rename.newName()),
            onExisting(Rule.DROP_COLUMN, Change.DropColumn.class, drop -> true,
                    drop -> "column " + drop.table() + "." + drop.column() + " is dropped"),
            onExisting(Rule.DROP_TABLE, Change.DropTable.class, drop -> true,
                    drop -> "table " + drop.table() + " is dropped"),
            onExisting(Rule.INDEX_WITHOUT_CONCURRENTLY, Change.CreateIndex.class, index -> !index.concurrently(),
                    index -> "index " + index.name() + " is built on table " + index.table()
                            + " without CONCURRENTLY"),
            onExisting(Rule.CONSTRAINT_WITHOUT_NOT_VALID, Change.AddConstraint.class,
                    add -> !add.notValid() && (add.kind() == Change.ConstraintKind.FOREIGN_KEY
                            || add.kind() == Change.ConstraintKind.CHECK),
                    add -> (add.kind() == Change.ConstraintKind.CHECK ? "check" : "foreign key") + " constraint "
                            + add.name().orElse("(unnamed)") + " on table " + add.table() + " is added without "
                            + "NOT VALID"),
            new ChangeCheck(Rule.SET_NOT_NULL_WITHOUT_CHECK, (change, facts, transactional) ->
                    change instanceof Change.SetNotNull set && !facts.isNew(set.table())
                            && !facts.hasValidatedNotNullCheck(set.table(), set.column())
                            ? Optional.of("column " + set.table() + "." + set.column() + " is set NOT NULL without a "
                            + "validated CHECK (" + set.column() + " IS NOT NULL)")
                            : Optional.empty()),
            new ChangeCheck(Rule.MISSING_IF_EXISTS, (change, facts, transactional) -> change.guard()
                    .filter(guard -> !transactional && !guard.guarded())
                    .map(guard -> guard.what() + " is created or dropped without IF [NOT] EXISTS")),
            ChangeCheck.concurrentlyInTransaction());

    /** The checks made on downgrade statements: only what PostgreSQL would refuse. */
    static final List<ChangeCheck> DOWNGRADE = List.of(concurrentlyInTransaction());

    private static ChangeCheck concurrentlyInTransaction() {
        return new ChangeCheck(Rule.CONCURRENTLY_IN_TRANSACTION, (change, facts, transactional) ->
                transactional && change.concurrent()
                        ? Optional.of("a CONCURRENTLY statement runs in a transactional revision")
                        : Optional.empty());
    }

    /** A check of one kind of change that only matters on a table that existed before the revision or plan. */
    private static <T extends Change.OnTable> ChangeCheck onExisting(Rule rule, Class<T> kind, Predicate<T> risky,
                                                                     Function<T, String> message) {
        BiPredicate<T, Facts> applies = (change, facts) -> risky.test(change) && !facts.isNew(change.table());
        return new ChangeCheck(rule, (change, facts, transactional) -> kind.isInstance(change)
                && applies.test(kind.cast(change), facts)
                ? Optional.of(message.apply(kind.cast(change)))
                : Optional.empty());
    }
}
