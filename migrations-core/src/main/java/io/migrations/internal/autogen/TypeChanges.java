package io.migrations.internal.autogen;

import io.migrations.catalog.Catalog;
import io.migrations.catalog.Column;
import io.migrations.catalog.CompositeType;
import io.migrations.catalog.Domain;
import io.migrations.catalog.EnumType;
import io.migrations.catalog.Matched;
import io.migrations.catalog.Nullability;
import io.migrations.catalog.ObjectKind;
import io.migrations.catalog.QualifiedName;
import io.migrations.catalog.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Enums, domains and composite types. An enum that only gains values gets {@code ADD VALUE}; one whose values are
 * renamed in place gets {@code RENAME VALUE}; any other change rebuilds the type under its columns, with a review
 * note, since rows holding a removed value make the rebuild fail.
 */
final class TypeChanges {

    private final PlanContext plan;

    TypeChanges(PlanContext plan) {
        this.plan = plan;
    }

    void enums() {
        Matched<EnumType> enums = Matched.by(plan.from().enums(), plan.to().enums(), EnumType::name);
        enums.removed().forEach(type -> plan.add(Slot.DROP_TYPES, "DROP TYPE " + Sql.name(type.name())));
        enums.added().forEach(type -> {
            plan.add(Slot.CREATE_TYPES, Ddl.createEnum(type));
            comment("TYPE " + Sql.name(type.name()), type.comment(), "");
        });
        for (Matched.Pair<EnumType> pair : enums.changed()) {
            List<String> before = pair.before().values();
            List<String> after = pair.after().values();
            boolean rebuilt = false;
            if (!before.equals(after)) {
                if (isSubsequence(before, after) && !plan.rebuildsEnum(pair.after().name())) {
                    addValues(pair.after().name(), before, after);
                } else if (renamedInPlace(before, after)) {
                    renameValues(pair.after().name(), before, after);
                } else {
                    rebuild(pair.before(), pair.after());
                    rebuilt = true;
                }
            }
            comment("TYPE " + Sql.name(pair.after().name()), pair.after().comment(),
                    rebuilt ? "" : pair.before().comment());
        }
    }

    /** Whether {@code after} is {@code before} with values inserted (the only change {@code ADD VALUE} can make). */
    static boolean isSubsequence(List<String> before, List<String> after) {
        int next = 0;
        for (String value : after) {
            if (next < before.size() && before.get(next).equals(value)) {
                next++;
            } else if (before.contains(value)) {
                return false;
            }
        }
        return next == before.size() && !before.isEmpty();
    }

    /**
     * The enums of {@code to} that gain values over {@code from} where a step other than the {@code ADD VALUE} itself
     * names one of them (compared as quoted literals, so a false match only costs a rebuild).
     */
    static Set<QualifiedName> enumsUsingAddedValues(List<Step> steps, Catalog from, Catalog to) {
        Set<QualifiedName> using = new HashSet<>();
        for (Matched.Pair<EnumType> pair : Matched.by(from.enums(), to.enums(), EnumType::name).pairs()) {
            String adding = "ALTER TYPE " + Sql.name(pair.after().name()) + " ADD VALUE ";
            List<String> added = pair.after().values().stream().filter(value -> !pair.before().values().contains(value))
                    .map(Sql::literal).toList();
            if (steps.stream().anyMatch(step -> !step.sql().startsWith(adding)
                    && added.stream().anyMatch(step.sql()::contains))) {
                using.add(pair.after().name());
            }
        }
        return using;
    }

    private void addValues(QualifiedName type, List<String> before, List<String> after) {
        Set<String> present = new HashSet<>(before);
        for (int i = 0; i < after.size(); i++) {
            String value = after.get(i);
            if (present.add(value)) {
                String place = i > 0 ? " AFTER " + Sql.literal(after.get(i - 1))
                        : " BEFORE " + Sql.literal(before.get(0));
                plan.add(Slot.CREATE_TYPES, "ALTER TYPE " + Sql.name(type) + " ADD VALUE IF NOT EXISTS " + Sql.literal(value)
                        + place);
            }
        }
    }

    /** Same length, and the values that differ are all new names: read as renames, which keep the rows' values. */
    private static boolean renamedInPlace(List<String> before, List<String> after) {
        return before.size() == after.size()
                && after.stream().filter(value -> !before.contains(value)).count()
                == before.stream().filter(value -> !after.contains(value)).count()
                && IntStream.range(0, before.size()).allMatch(i -> before.get(i).equals(after.get(i))
                || !after.contains(before.get(i)) && !before.contains(after.get(i)));
    }

    private void renameValues(QualifiedName type, List<String> before, List<String> after) {
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                plan.add(Slot.CREATE_TYPES, "ALTER TYPE " + Sql.name(type) + " RENAME VALUE "
                        + Sql.literal(before.get(i)) + " TO " + Sql.literal(after.get(i)),
                        "review: rename? value " + Sql.literal(before.get(i)) + " of " + type + " is taken as renamed to "
                                + Sql.literal(after.get(i)) + ", so rows keep it; if it was replaced, change the rows "
                                + "by hand instead");
            }
        }
    }

    /**
     * Renames the old type away, creates the new one, moves every column over through text, and drops the old one.
     * Defaults are set again, and constraints, indexes and views that mention the type are created again.
     */
    private void rebuild(EnumType before, EnumType after) {
        QualifiedName name = after.name();
        List<String> removed = before.values().stream().filter(value -> !after.values().contains(value))
                .map(Sql::literal).toList();
        rebuildType(name, Ddl.createEnum(after), "review: " + name + " is rebuilt: its values change from "
                + values(before) + " to " + values(after) + (removed.isEmpty() ? "" : "; rows holding "
                + String.join(", ", removed) + " make the column changes below fail: update them first"),
                (column, array) -> column + "::text" + (array ? "[]" : "") + "::" + Sql.name(name) + (array ? "[]" : ""));
    }

    /**
     * Renames the old type away, creates the new one, moves every column over with {@code using} (given the quoted
     * column and whether it is an array), and drops the old one. Defaults are set again, and constraints, indexes
     * and views that mention the type are created again.
     */
    private void rebuildType(QualifiedName name, String create, String note, BiFunction<String, Boolean, String> using) {
        String old = name.name().length() > 55 ? name.name().substring(0, 55) + "_old" : name.name() + "_old";
        plan.add(Slot.RETYPE, "ALTER TYPE " + Sql.name(name) + " RENAME TO " + Sql.name(old), note);
        plan.add(Slot.RETYPE, create);
        for (Table table : plan.to().tables()) {
            plan.from().table(table.name().schema(), table.name().name()).ifPresent(existing -> moveColumns(existing,
                    table, name, using));
        }
        plan.add(Slot.RETYPE, "DROP TYPE " + Sql.name(name.sibling(old)));
    }

    /** Whether a column of a table kept by the change has the type {@code name} (or an array of it) before and after. */
    private boolean inUse(QualifiedName name) {
        String plain = Sql.name(name);
        return plan.to().tables().stream().anyMatch(table -> plan.from().table(table.name().schema(),
                table.name().name()).filter(existing -> existing.columns().stream().anyMatch(column ->
                (column.type().equals(plain) || column.type().equals(plain + "[]")) && table.column(column.name())
                        .filter(now -> now.type().equals(column.type())).isPresent())).isPresent());
    }

    private void moveColumns(Table before, Table after, QualifiedName type,
                             BiFunction<String, Boolean, String> using) {
        if (after.partitionOf() != null) {
            return; // its columns are the parent's, changed with it
        }
        String plain = Sql.name(type);
        boolean moved = false;
        for (Column column : after.columns()) {
            Column old = before.column(column.name()).orElse(null);
            boolean array = column.type().equals(plain + "[]");
            if (old == null || !old.type().equals(column.type()) || !(array || column.type().equals(plain))) {
                continue;
            }
            String target = Sql.name(after.name());
            String name = Sql.name(column.name());
            if (!old.defaultExpression().isEmpty()) {
                plan.add(Slot.RETYPE, "ALTER TABLE " + target + " ALTER COLUMN " + name + " DROP DEFAULT");
            }
            plan.add(Slot.RETYPE, "ALTER TABLE " + target + " ALTER COLUMN " + name + " TYPE " + column.type()
                    + " USING " + using.apply(name, array));
            if (!column.defaultExpression().isEmpty()) {
                plan.add(Slot.RETYPE, "ALTER TABLE " + target + " ALTER COLUMN " + name + " SET DEFAULT "
                        + column.defaultExpression());
            }
            moved = true;
        }
        if (moved) {
            plan.changeRelation(after.name());
            String prefix = before.name() + ".";
            before.constraints().stream().filter(constraint -> References.mentions(constraint.definition(), type))
                    .forEach(constraint -> plan.recreate(ObjectKind.CONSTRAINT, prefix + constraint.name()));
            before.indexes().stream().filter(index -> References.mentions(index.definition(), type))
                    .forEach(index -> plan.recreate(ObjectKind.INDEX, before.name().sibling(index.name()).toString()));
        }
    }

    private static String values(EnumType type) {
        return "(" + type.values().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")";
    }

    void domains() {
        Matched<Domain> domains = Matched.by(plan.from().domains(), plan.to().domains(), Domain::name);
        domains.removed().forEach(domain -> plan.add(Slot.DROP_TYPES, "DROP DOMAIN " + Sql.name(domain.name())));
        domains.added().forEach(domain -> {
            plan.add(Slot.CREATE_TYPES, Ddl.createDomain(domain));
            comment("DOMAIN " + Sql.name(domain.name()), domain.comment(), "");
        });
        for (Matched.Pair<Domain> pair : domains.changed()) {
            Domain before = pair.before();
            Domain after = pair.after();
            String target = "ALTER DOMAIN " + Sql.name(after.name());
            boolean replaced = !before.baseType().equals(after.baseType()) || !before.collation().equals(after.collation());
            if (replaced) {
                plan.add(Slot.REPLACE_TYPES, "DROP DOMAIN " + Sql.name(before.name()), "review: domain " + after.name()
                        + " changes its base type or collation, so it is dropped and created again; columns of this "
                        + "domain must be changed by hand first");
                plan.add(Slot.CREATE_TYPES, Ddl.createDomain(after));
            } else {
                alterDomain(target, before, after);
            }
            comment("DOMAIN " + Sql.name(after.name()), after.comment(), replaced ? "" : before.comment());
        }
    }

    private void alterDomain(String target, Domain before, Domain after) {
        if (!before.defaultExpression().equals(after.defaultExpression())) {
            plan.add(Slot.CREATE_TYPES, target + (after.defaultExpression().isEmpty() ? " DROP DEFAULT"
                    : " SET DEFAULT " + after.defaultExpression()));
        }
        if (before.nullability() != after.nullability()) {
            plan.add(Slot.CREATE_TYPES, target + (after.nullability() == Nullability.NOT_NULL
                    ? " SET NOT NULL" : " DROP NOT NULL"));
        }
        Matched<Domain.Check> checks = Matched.by(before.constraints(), after.constraints(), Domain.Check::name);
        checks.removed().forEach(check -> plan.add(Slot.CREATE_TYPES, target + " DROP CONSTRAINT "
                + Sql.name(check.name())));
        checks.changed().forEach(pair -> plan.add(Slot.CREATE_TYPES, target + " DROP CONSTRAINT "
                + Sql.name(pair.before().name())));
        List<Domain.Check> added = new ArrayList<>(checks.added());
        checks.changed().forEach(pair -> added.add(pair.after()));
        for (Domain.Check check : added) {
            boolean notValid = check.definition().endsWith(" NOT VALID");
            String definition = notValid ? check.definition() : check.definition() + " NOT VALID";
            plan.add(Slot.CREATE_TYPES, target + " ADD CONSTRAINT " + Sql.name(check.name()) + " " + definition);
            if (!notValid) {
                plan.add(Slot.VALIDATE_CONSTRAINTS, target + " VALIDATE CONSTRAINT " + Sql.name(check.name()));
            }
        }
    }

    void composites() {
        Matched<CompositeType> types = Matched.by(plan.from().compositeTypes(), plan.to().compositeTypes(),
                CompositeType::name);
        types.removed().forEach(type -> plan.add(Slot.DROP_TYPES, "DROP TYPE " + Sql.name(type.name())));
        types.added().forEach(type -> {
            plan.add(Slot.CREATE_TYPES, Ddl.createComposite(type));
            comments(type, List.of(), "");
        });
        for (Matched.Pair<CompositeType> pair : types.changed()) {
            CompositeType before = pair.before();
            CompositeType after = pair.after();
            boolean replaced = !before.fields().stream().map(Ddl::field).toList()
                    .equals(after.fields().stream().map(Ddl::field).toList()) && alterComposite(before, after);
            comments(after, replaced ? List.of() : before.fields(), replaced ? "" : before.comment());
        }
    }

    /**
     * {@code ADD/DROP/ALTER ATTRIBUTE} when that reaches the new order; otherwise drop and create again.
     *
     * @return whether the type was dropped and created again
     */
    private boolean alterComposite(CompositeType before, CompositeType after) {
        if (inUse(after.name())) {
            rebuildType(after.name(), Ddl.createComposite(after), "review: " + after.name() + " is rebuilt under the "
                    + "columns that use it: its attributes change from (" + fields(before) + ") to (" + fields(after)
                    + "); values are carried over attribute by attribute", (column, array) -> array ? column
                    : "CASE WHEN " + column + " IS NULL THEN NULL ELSE ROW(" + after.fields().stream()
                    .map(field -> carried(before, column, field)).collect(Collectors.joining(", ")) + ")::"
                    + Sql.name(after.name()) + " END");
            return true;
        }
        List<String> kept = before.fields().stream().map(CompositeType.Field::name)
                .filter(name -> after.fields().stream().anyMatch(field -> field.name().equals(name)))
                .collect(Collectors.toCollection(ArrayList::new));
        after.fields().stream().map(CompositeType.Field::name).filter(name -> !kept.contains(name)).forEach(kept::add);
        String target = "ALTER TYPE " + Sql.name(after.name());
        if (!kept.equals(after.fields().stream().map(CompositeType.Field::name).toList())) {
            plan.add(Slot.REPLACE_TYPES, "DROP TYPE " + Sql.name(before.name()), "review: the attributes of "
                    + after.name() + " change order, so it is dropped and created again; columns of this type must be "
                    + "changed by hand first");
            plan.add(Slot.CREATE_TYPES, Ddl.createComposite(after));
            return true;
        }
        List<String> changes = new ArrayList<>();
        for (CompositeType.Field field : before.fields()) {
            CompositeType.Field next = after.fields().stream().filter(f -> f.name().equals(field.name())).findFirst()
                    .orElse(null);
            if (next == null) {
                changes.add("DROP ATTRIBUTE " + Sql.name(field.name()));
            } else if (!Ddl.field(next).equals(Ddl.field(field))) {
                changes.add("ALTER ATTRIBUTE " + Sql.name(field.name()) + " TYPE " + next.type()
                        + (next.collation().isEmpty() ? "" : " COLLATE " + next.collation()));
            }
        }
        after.fields().stream().filter(field -> before.fields().stream().noneMatch(f -> f.name().equals(field.name())))
                .forEach(field -> changes.add("ADD ATTRIBUTE " + Ddl.field(field)));
        plan.add(Slot.CREATE_TYPES, target + " " + String.join(", ", changes));
        return false;
    }

    private static String fields(CompositeType type) {
        return type.fields().stream().map(Ddl::field).collect(Collectors.joining(", "));
    }

    /** A field of the new type from the old value: the old field cast to the new type, or NULL for a new field. */
    private static String carried(CompositeType before, String column, CompositeType.Field field) {
        boolean existed = before.fields().stream().anyMatch(old -> old.name().equals(field.name()));
        return (existed ? "(" + column + ")." + Sql.name(field.name()) : "NULL") + "::" + field.type();
    }

    private void comments(CompositeType type, List<CompositeType.Field> before, String comment) {
        comment("TYPE " + Sql.name(type.name()), type.comment(), comment);
        for (CompositeType.Field field : type.fields()) {
            String old = before.stream().filter(f -> f.name().equals(field.name())).map(CompositeType.Field::comment)
                    .findFirst().orElse("");
            comment("COLUMN " + Sql.name(type.name()) + "." + Sql.name(field.name()), field.comment(), old);
        }
    }

    private void comment(String target, String after, String before) {
        if (!Objects.equals(after, before)) {
            plan.add(Slot.COMMENTS, Sql.comment(target, after));
        }
    }
}
