package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.MigrateOnlyRun;
import io.migrations.spring.MigrationRunner;
import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code @SpringBootTest @ActiveProfiles("migrate")}: the migrate-only run inside a test migrates, skips the
 * application's runners, starts no web server and leaves the test JVM and the context alone.
 */
@SpringBootTest(classes = TestApplication.class)
@ActiveProfiles("migrate")
@ExtendWith(OutputCaptureExtension.class)
class MigrateProfileSpringBootTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    CommandLineRunner announce;

    @Test
    void migratesAndKeepsTheTestContextOpen() {
        assertThat(context.isActive()).isTrue();
        assertThat(context.getBean(MigrationRunner.class).lastRun()).hasValueSatisfying(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.result().headsAfter()).containsExactly("b2");
        });
        assertThat(context.getBean(MigrateOnlyRun.class).getExitCode()).isZero();
        assertThat(context.getEnvironment().getProperty("local.server.port")).as("no web server").isNull();
    }

    @Test
    void theApplicationsRunnersStayInjectableButDoNotRun(CapturedOutput output) throws Exception {
        announce.run();
        assertThat(output).doesNotContain(TestApplication.RUNNERS_RAN).contains("Migrate-only run: not running");
    }
}
