package io.migrations.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot which data sources migrations manage, so that JPA does not default to generating the schema of
 * an embedded database (H2) whose tables come from revisions.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<MigrationRunner> runners;

    MigrationsSchemaManagementProvider(ObjectProvider<MigrationRunner> runners) {
        this.runners = runners;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        boolean managed = runners.stream().anyMatch(runner -> dataSource.equals(migrated(runner)));
        return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }

    /** The application's data source a runner migrates, seen through the search path it adds. */
    private static DataSource migrated(MigrationRunner runner) {
        DataSource used = runner.migrations().config().dataSource();
        return used instanceof SearchPathDataSource path ? path.getTargetDataSource() : used;
    }
}
