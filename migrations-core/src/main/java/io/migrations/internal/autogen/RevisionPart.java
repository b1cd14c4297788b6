package io.migrations.internal.autogen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated revision: its upgrade and the downgrade that restores the schema it started from.
 *
 * @param phase     which part of the change it carries; only {@link Phase#MAIN} runs in a transaction
 * @param upgrade   the statements of the upgrade, in order
 * @param downgrade the statements of the downgrade, in order
 */
public record RevisionPart(Phase phase, List<Step> upgrade, List<Step> downgrade) {

    public RevisionPart {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** Whether it runs in one transaction: everything but {@code ADD VALUE} that must commit first and concurrent indexes. */
    public boolean transactional() {
        return phase == Phase.MAIN;
    }

    /** A short description for the revision message, e.g. {@code (concurrent indexes)}. */
    public String suffix() {
        return switch (phase) {
            case ENUM_VALUES -> " (enum values)";
            case MAIN -> "";
            case CONCURRENT_INDEXES -> " (concurrent indexes)";
        };
    }

    /** The upgrade as SQL text, statements separated by blank lines. */
    public String upgradeSql() {
        return text(upgrade);
    }

    /** The downgrade as SQL text. */
    public String downgradeSql() {
        return text(downgrade);
    }

    /** The upgrade as the body of a Java revision's {@code upgrade(op)}. */
    public String upgradeJava() {
        return JavaBody.of(upgrade);
    }

    /** The downgrade as the body of a Java revision's {@code downgrade(op)}. */
    public String downgradeJava() {
        return JavaBody.of(downgrade);
    }

    private static String text(List<Step> steps) {
        return steps.stream().map(Step::text).collect(Collectors.joining("\n\n"));
    }
}
