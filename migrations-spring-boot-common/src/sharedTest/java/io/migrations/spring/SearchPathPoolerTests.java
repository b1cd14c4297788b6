package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.PgBouncer;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A runner's {@code search-path} is a session setting, which a pooler in transaction mode hands to whichever
 * transaction comes next: the runner refuses such a pooler before anything runs, in every lock mode, instead of
 * running revisions with another search_path (lock mode 'transaction' would otherwise let them run).
 */
class SearchPathPoolerTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @Test
    void aSearchPathThroughATransactionPoolerIsRefusedBeforeAnythingRuns() {
        db.execute("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app");
        String database = db.jdbcUrl().substring(db.jdbcUrl().lastIndexOf('/') + 1);
        try (PgBouncer pooler = PgBouncer.start(TestServers.find(), PgBouncer.PoolMode.TRANSACTION,
                Path.of("target", "pgbouncer"))) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class))
                    .withPropertyValues(db.dataSourceProperties())
                    .withPropertyValues("spring.datasource.url=" + pooler.jdbcUrl(database),
                            "migrations.locations=classpath:db/migrations", "migrations.search-path=app",
                            "migrations.lock-mode=transaction")
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause()
                                .hasMessageContaining("goes through a pooler in transaction mode")
                                .hasMessageContaining("the search_path that this runner's search-path "
                                        + "(migrations.search-path) set")
                                .hasMessageContaining("Nothing was run");
                    });
        }
        assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname IN ('app', 'public')")).isEmpty();
    }
}
