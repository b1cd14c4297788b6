package io.migrations.internal.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the lint has learnt from the statements before the one it checks: which tables are new (created in the
 * same revision or plan, so still empty and unused) and which columns a validated {@code CHECK (col IS NOT NULL)}
 * covers. Mutable; one instance per lint run.
 */
final class Facts {

    private final Set<String> newTables = new HashSet<>();
    /** Constraint name to the {@code table.column} keys of its NOT VALID not-null check. */
    private final Map<String, List<String>> unvalidatedChecks = new HashMap<>();
    private final Set<String> validatedNotNull = new HashSet<>();

    /** Whether {@code table} was created earlier in the revision or plan being linted. */
    boolean isNew(String table) {
        return newTables.contains(key(table));
    }

    /** Whether a validated {@code CHECK (column IS NOT NULL)} on {@code table} exists by now. */
    boolean hasValidatedNotNullCheck(String table, String column) {
        return validatedNotNull.contains(key(table) + "." + key(column));
    }

    /** Tables created so far stop counting as new: the next revision runs on its own. */
    void forgetNewTables() {
        newTables.clear();
    }

    /** Learns from a change that has run. */
    void apply(Change change) {
        if (change instanceof Change.CreateTable create) {
            newTables.add(key(create.table()));
        } else if (change instanceof Change.RenameTable rename && isNew(rename.table())) {
            newTables.add(key(rename.newName()));
        } else if (change instanceof Change.DropTable drop) {
            newTables.remove(key(drop.table()));
        } else if (change instanceof Change.AddConstraint constraint) {
            learnCheck(constraint);
        } else if (change instanceof Change.ValidateConstraint validate) {
            validatedNotNull.addAll(unvalidatedChecks.getOrDefault(key(validate.name()), List.of()));
        }
    }

    private void learnCheck(Change.AddConstraint constraint) {
        List<String> columns = new ArrayList<>();
        constraint.notNullColumns().forEach(column -> columns.add(key(constraint.table()) + "." + key(column)));
        if (!constraint.notValid()) {
            validatedNotNull.addAll(columns);
        } else {
            constraint.name().ifPresent(name -> unvalidatedChecks.put(key(name), columns));
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
