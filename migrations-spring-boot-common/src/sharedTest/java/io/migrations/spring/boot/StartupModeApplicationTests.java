package io.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.spring.TestDatabaseExtension;
import io.migrations.spring.app.TestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The default mode in a real application: revisions are applied before beans that use the database are created. */
class StartupModeApplicationTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();



    @Test
    void jdbcClientBeanReadsATableThatARevisionCreated() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class, AccountReader.class)
                .properties(db.dataSourceProperties())
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
