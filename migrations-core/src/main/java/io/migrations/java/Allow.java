package io.migrations.java;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences one lint rule for a whole Java revision, the counterpart of a {@code -- migrations:allow <rule> reason}
 * comment in the header of an SQL revision. The finding is still reported, marked as allowed with the reason.
 *
 * <pre>{@code
 * @Revision(id = "9b1c2d3e4f50", down = "8f97975fec5c", message = "Drop legacy table")
 * @Allow(rule = "drop-table", reason = "unused since 2.3, backed up in ticket OPS-42")
 * public class DropLegacyTable implements IrreversibleMigration { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Allow.List.class)
public @interface Allow {

    /** The rule id, e.g. {@code drop-table}; see {@link Rule#id()}. */
    String rule();

    /** Why the finding is acceptable. */
    String reason();

    /** Holds repeated {@link Allow} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {

        Allow[] value();
    }
}
