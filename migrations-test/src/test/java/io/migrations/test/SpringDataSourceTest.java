package io.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.Migrations;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The kit checks the application's own data source when told to take it from the Spring context. */
@SpringJUnitConfig(SpringDataSourceTest.Application.class)
@MigrationsTest(dataSource = SpringDataSource.class, locations = "classpath:revisions/linear")
class SpringDataSourceTest {

    @Configuration
    static class Application {

        @Bean(destroyMethod = "close")
        TestDatabase database() {
            return TestServers.find().createDatabase("SpringDataSourceTest");
        }

        @Bean
        DataSource dataSource(TestDatabase database) {
            return database.dataSource();
        }
    }

    @Autowired
    DataSource applicationDataSource;

    @Test
    void checksRunOnTheApplicationsDataSource(Migrations migrations, RevisionChecks checks) throws Exception {
        checks.assertUpgradeFromEmpty();

        assertThat(migrations.config().dataSource()).isSameAs(applicationDataSource);
        try (Connection connection = applicationDataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM alembic_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("ddd444");
        }
    }
}
