package io.migrations.internal.autogen;

import io.migrations.catalog.Column;
import io.migrations.catalog.Identity;
import io.migrations.catalog.Matched;
import io.migrations.catalog.Nullability;
import io.migrations.catalog.SequenceOptions;
import io.migrations.catalog.Table;
import io.migrations.internal.lint.VolatileDefaults;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of a table that exists before and after, written the way the lint advises: a NOT NULL column comes
 * nullable and then goes through a validated {@code CHECK (col IS NOT NULL)}, a volatile default is set after the
 * column is added, and drops and type changes carry a review note.
 */
final class ColumnChanges {

    /** Type changes that keep every value: {@code int} to {@code bigint}, longer {@code varchar}, to {@code text}. */
    private static final List<Pattern> WIDENINGS = List.of(
            Pattern.compile("smallint -> (integer|bigint|numeric.*|text)"),
            Pattern.compile("integer -> (bigint|numeric|text)"),
            Pattern.compile("bigint -> (numeric|text)"),
            Pattern.compile("character varying(\\(\\d+\\))? -> (text|character varying)"),
            Pattern.compile("character\\(\\d+\\) -> text"));

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private final PlanContext plan;
    private final Table before;
    private final Table after;
    private final String table;
    /** Columns whose type changes: a generated column that reads one is added again, PostgreSQL refuses otherwise. */
    private final Set<String> retyped = new HashSet<>();

    ColumnChanges(PlanContext plan, Table before, Table after) {
        this.plan = plan;
        this.before = before;
        this.after = after;
        this.table = "ALTER TABLE " + Sql.name(after.name());
    }

    /** Whether a column is dropped or changes type: views over the table and its foreign keys are then rebuilt. */
    static boolean reshapes(Table before, Table after) {
        Matched<Column> columns = Matched.by(before.columns(), after.columns(), Column::name);
        return !columns.removed().isEmpty() || columns.changed().stream().anyMatch(pair -> retyped(pair.before(),
                pair.after()) || regenerated(pair.before(), pair.after()));
    }

    void plan() {
        Matched<Column> columns = Matched.by(before.columns(), after.columns(), Column::name);
        columns.pairs().stream().filter(pair -> retyped(pair.before(), pair.after()))
                .forEach(pair -> retyped.add(pair.after().name()));
        if (after.partitionOf() == null) {
            String rename = renameNote(columns);
            columns.removed().forEach(column -> drop(column, rename));
            // Changes before additions: a generated column added may read a column whose type changes.
            columns.pairs().stream().filter(pair -> pair.changed() || readsRetyped(pair.after()))
                    .forEach(pair -> alter(pair.before(), pair.after()));
            columns.added().forEach(column -> add(column, rename));
        }
        columns.added().forEach(column -> comment(column, ""));
        columns.changed().forEach(pair -> comment(pair.after(), pair.before().comment()));
    }

    /** One column gone and one of the same type come: maybe a rename, which {@code --rename} states. */
    private String renameNote(Matched<Column> columns) {
        if (columns.removed().size() != 1 || columns.added().size() != 1
                || !columns.removed().get(0).type().equals(columns.added().get(0).type())) {
            return null;
        }
        String old = columns.removed().get(0).name();
        String now = columns.added().get(0).name();
        return "review: rename? " + after.name() + "." + old + " may have been renamed to " + now + "; to keep its "
                + "data, generate again with --rename " + after.name() + "." + old + ":" + now;
    }

    private void drop(Column column, String rename) {
        plan.add(Slot.DROP_COLUMNS, table + " DROP COLUMN " + Sql.name(column.name()), notes(rename,
                "review: drops column " + after.name() + "." + column.name() + " and its data"));
    }

    private void add(Column column, String rename) {
        String name = Sql.name(column.name());
        boolean volatileDefault = VolatileDefaults.isVolatile(column.defaultExpression());
        boolean laterNotNull = column.notNull() && column.identity() == null && column.generatedExpression().isEmpty()
                && (column.defaultExpression().isEmpty() || volatileDefault);
        Column added = new Column(column.name(), column.type(), laterNotNull ? Nullability.NULL
                : column.nullability(), volatileDefault ? "" : column.defaultExpression(), column.identity(),
                column.generatedExpression(), column.collation(), "");
        plan.add(Slot.ALTER_COLUMNS, table + " ADD COLUMN " + Ddl.column(added), notes(rename, null));
        if (volatileDefault) {
            plan.add(Slot.ALTER_COLUMNS, table + " ALTER COLUMN " + name + " SET DEFAULT " + column.defaultExpression(),
                    "review: rows already in " + after.name() + " get no value for " + column.name()
                            + " from this default: backfill them");
        }
        if (laterNotNull) {
            setNotNull(column, "review: backfill " + after.name() + "." + column.name()
                    + " before these steps if the table has rows");
        }
    }

    private void alter(Column old, Column now) {
        if (regenerated(old, now) || readsRetyped(now)) {
            plan.add(Slot.DROP_COLUMNS, table + " DROP COLUMN " + Sql.name(old.name()), "review: "
                    + after.name() + "." + now.name() + " is generated, and its expression or a column it reads "
                    + "changes, so it is dropped and added again (its values are computed again)");
            add(now, null);
            return;
        }
        String column = table + " ALTER COLUMN " + Sql.name(now.name());
        boolean retyped = retyped(old, now);
        if (!old.generatedExpression().isEmpty() && now.generatedExpression().isEmpty()) {
            plan.add(Slot.ALTER_COLUMNS, column + " DROP EXPRESSION");
        }
        boolean defaultChanges = !old.defaultExpression().equals(now.defaultExpression());
        if (!old.defaultExpression().isEmpty() && (defaultChanges || retyped)) {
            plan.add(Slot.ALTER_COLUMNS, column + " DROP DEFAULT");
        }
        if (retyped) {
            plan.add(Slot.ALTER_COLUMNS, column + " TYPE " + now.type()
                    + (now.collation().isEmpty() ? "" : " COLLATE " + now.collation()) + " USING " + Sql.name(now.name())
                    + "::" + now.type(), typeNote(old, now));
        }
        if (!now.defaultExpression().isEmpty() && (defaultChanges || retyped)) {
            plan.add(Slot.ALTER_COLUMNS, column + " SET DEFAULT " + now.defaultExpression());
        }
        if (old.nullability() != now.nullability() && now.identity() == null && old.identity() == null) {
            if (now.notNull()) {
                setNotNull(now, null);
            } else {
                plan.add(Slot.ALTER_COLUMNS, column + " DROP NOT NULL");
            }
        }
        identity(column, old, now);
    }

    private void identity(String column, Column old, Column now) {
        Identity was = old.identity();
        Identity is = now.identity();
        if (Objects.equals(was, is)) {
            return;
        }
        if (is == null) {
            plan.add(Slot.ALTER_COLUMNS, column + " DROP IDENTITY");
            if (!now.notNull()) {
                plan.add(Slot.ALTER_COLUMNS, column + " DROP NOT NULL");
            }
        } else if (was == null) {
            if (!old.notNull()) {
                setNotNull(now, null);
            }
            plan.add(Slot.ALTER_COLUMNS, column + " ADD GENERATED " + is.generation().sql() + " AS IDENTITY"
                    + Ddl.identityClause(is.sequence()));
        } else {
            SequenceOptions options = is.sequence();
            plan.add(Slot.ALTER_COLUMNS, column + " SET GENERATED " + is.generation().sql() + " SET START WITH "
                    + options.start() + " SET INCREMENT BY " + options.increment() + " SET MINVALUE "
                    + options.minValue() + " SET MAXVALUE " + options.maxValue() + " SET CACHE " + options.cache()
                    + " SET " + options.cycle().sql());
        }
    }

    /**
     * {@code SET NOT NULL} without a long exclusive lock: a {@code CHECK (col IS NOT NULL) NOT VALID}, validated
     * (which only takes a share lock), makes PostgreSQL skip its scan; the check is dropped afterwards.
     */
    private void setNotNull(Column column, String note) {
        String check = Sql.name(checkName(column.name()));
        String name = Sql.name(column.name());
        plan.add(Slot.ALTER_COLUMNS, table + " ADD CONSTRAINT " + check + " CHECK (" + name + " IS NOT NULL) NOT VALID",
                note == null ? new String[0] : new String[] {note});
        plan.add(Slot.ALTER_COLUMNS, table + " VALIDATE CONSTRAINT " + check);
        plan.add(Slot.ALTER_COLUMNS, table + " ALTER COLUMN " + name + " SET NOT NULL");
        plan.add(Slot.ALTER_COLUMNS, table + " DROP CONSTRAINT " + check);
    }

    private String checkName(String column) {
        String name = after.name().name() + "_" + column + "_not_null";
        return name.length() <= 63 ? name : name.substring(0, 54) + "_not_null";
    }

    private boolean readsRetyped(Column column) {
        return !column.generatedExpression().isEmpty() && retyped.stream().anyMatch(name -> Pattern.compile(
                "(?<![\\w\"$])" + Pattern.quote(Sql.name(name)) + "(?![\\w\"$])").matcher(column.generatedExpression()).find());
    }

    static boolean retyped(Column old, Column now) {
        return !old.type().equals(now.type()) || !old.collation().equals(now.collation());
    }

    /** A generation expression added or changed: PostgreSQL 15 can only drop one, so the column is added again. */
    static boolean regenerated(Column old, Column now) {
        return !now.generatedExpression().isEmpty() && !now.generatedExpression().equals(old.generatedExpression());
    }

    private String typeNote(Column old, Column now) {
        String change = old.type() + " -> " + now.type();
        if (old.type().equals(now.type()) || WIDENINGS.stream().anyMatch(p -> p.matcher(change).matches())
                && !narrowerVarchar(old.type(), now.type())) {
            return "review: " + after.name() + "." + now.name() + " changes from " + old.type() + " to " + now.type()
                    + (old.collation().equals(now.collation()) ? "" : " and its collation to "
                    + (now.collation().isEmpty() ? "the type's" : now.collation()));
        }
        return "review: " + after.name() + "." + now.name() + " changes from " + old.type() + " to " + now.type()
                + "; existing values are cast with USING, which fails or loses data where they do not fit";
    }

    private static boolean narrowerVarchar(String old, String now) {
        Matcher a = VARCHAR.matcher(old);
        Matcher b = VARCHAR.matcher(now);
        return a.matches() && b.matches() && Integer.parseInt(b.group(1)) < Integer.parseInt(a.group(1))
                || !a.matches() && old.equals("text") && b.matches();
    }

    private void comment(Column column, String before) {
        if (!column.comment().equals(before)) {
            plan.add(Slot.COMMENTS, Sql.comment("COLUMN " + Sql.name(after.name()) + "." + Sql.name(column.name()),
                    column.comment()));
        }
    }

    private static String[] notes(String first, String second) {
        return Stream.of(first, second).filter(Objects::nonNull).toArray(String[]::new);
    }
}
