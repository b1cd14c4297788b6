package io.migrations.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest Spring Boot application that has a database: auto-configuration, a pooled data source, and one
 * query at start. Nearly every application touches its database while starting, so the pool's first connection
 * is part of both variants rather than being charged to the starter.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class StartupApp {

    @Bean
    ApplicationRunner useDatabase(DataSource dataSource) {
        return args -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT 1")) {
                rs.next();
            }
        };
    }
}
