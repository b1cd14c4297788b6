package io.migrations.java;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a revision and carries what the header of an SQL revision carries. The class implements
 * {@link Migration} (reversible) or {@link IrreversibleMigration} and has a public no-argument constructor.
 *
 * <pre>{@code
 * @Revision(id = "8f97975fec5c", down = "1a2b3c4d5e6f", message = "Add users table")
 * public class AddUsersTable implements Migration { … }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, {@code [A-Za-z0-9_]{1,32}}. */
    String id();

    /** Parent revision ids: none for a base, two or more for a merge. */
    String[] down() default {};

    /** Labels naming the branch that starts here. */
    String[] branchLabels() default {};

    /** Revisions (ids or labels) that must be applied first without being parents. */
    String[] dependsOn() default {};

    /** One-line description. */
    String message() default "";

    /** Creation date as the template writes it, e.g. {@code 2024-05-01 12:00:00.000000}. */
    String createDate() default "";

    /**
     * Whether upgrade and downgrade each run in one transaction. Set {@code false} for operations PostgreSQL refuses
     * inside a transaction, such as {@code CREATE INDEX CONCURRENTLY}.
     */
    boolean transactional() default true;
}
