package io.migrations.starter.slice;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.sql.SQLException;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One database per slice test class, given to the slice through its data source properties. */
final class SliceDatabase {

    private SliceDatabase() {
    }

    static TestDatabase create(Class<?> testClass, DynamicPropertyRegistry registry) {
        TestDatabase db = TestServers.find().createDatabase(testClass.getSimpleName());
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        return db;
    }

    /** The rows of the table the starter's test revision creates, read independently of the slice. */
    static List<String> versions(TestDatabase db) throws SQLException {
        return db.strings("SELECT version_num FROM alembic_version");
    }
}
