package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The starter on H2, the embedded database of samples and tests: no advisory lock, same revisions. */
class H2MigrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:h2migrationtests;DB_CLOSE_DELAY=-1");

    @Test
    void startupMigratesAnInMemoryH2Database() {
        runner.run(context -> {
            Verdict verdict = context.getBean(MigrationRunner.class).check();
            assertThat(verdict.state()).isEqualTo(Verdict.State.UP_TO_DATE);
            assertThat(verdict.current()).containsExactly("b2");
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("SELECT name FROM account WHERE id = 1", String.class)).isEqualTo("first");
        });
    }
}
