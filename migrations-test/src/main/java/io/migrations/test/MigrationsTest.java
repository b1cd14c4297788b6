package io.migrations.test;

import io.migrations.MigrationsConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a fresh PostgreSQL database and a {@link io.migrations.Migrations} for the project's
 * revisions; test methods, constructors and lifecycle methods can take a {@code Migrations} or a
 * {@link RevisionChecks} parameter.
 *
 * <p>The database comes from {@link io.migrations.testdb.TestServers}: {@code MIGRATIONS_TEST_JDBC_URL} when set,
 * else a Testcontainers PostgreSQL when Docker is available, else {@code localhost:5432} as {@code postgres}.
 * It is created before the first test of the class needs it and dropped after the class.
 * Extend {@link RevisionTests} to get every check as a ready {@code @Test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(MigrationsExtension.class)
public @interface MigrationsTest {

    /** Revision locations, as in {@link MigrationsConfig#locations()}. */
    String[] locations() default {MigrationsConfig.DEFAULT_LOCATION};

    /** Schema of the version and history tables; empty for the connection's current schema. */
    String schema() default "";

    /** The heads the revision graph must have; empty means exactly one. */
    String[] heads() default {};

    /** Ids of revisions that have no downgrade on purpose. */
    String[] irreversible() default {};

    /**
     * Where the database comes from; the default, {@code DataSourceProvider.class} itself, means a fresh database
     * from {@link io.migrations.testdb.TestServers}. Use {@link SpringDataSource} in Spring tests.
     */
    Class<? extends DataSourceProvider> dataSource() default DataSourceProvider.class;
}
