package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.Databases;
import io.migrations.spring.app.TestApplication;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default mode in a real application: revisions are applied before beans that use the database are created. */
class StartupModeApplicationTests {

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase("StartupModeApplicationTests");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void jdbcClientBeanReadsATableThatARevisionCreated() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class, AccountReader.class)
                .properties(Databases.dataSourceProperties(db))
                .properties("server.port=0")
                .run()) {
            assertThat(context.getBean(AccountReader.class).firstName).isEqualTo("first");
        }
    }

    /** Reads a migrated table while the context starts, through its own {@link JdbcClient} bean. */
    @Configuration(proxyBeanMethods = false)
    static class AccountReader {

        final String firstName;

        AccountReader(JdbcClient accounts) {
            this.firstName = accounts.sql("SELECT name FROM account WHERE id = 1").query(String.class).single();
        }

        @Bean
        static JdbcClient accounts(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }
    }
}
