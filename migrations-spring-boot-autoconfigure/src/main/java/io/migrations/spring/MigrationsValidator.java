package io.migrations.spring;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * 'validate' mode: while the context starts, checks that every {@link MigrationRunner}'s database is at the heads,
 * without changing it, so that replicas and applications migrated by a pre-deploy step refuse to start on a stale
 * schema. Database users are created after it.
 */
public class MigrationsValidator implements InitializingBean {

    private final List<MigrationRunner> runners;

    public MigrationsValidator(List<MigrationRunner> runners) {
        this.runners = List.copyOf(runners);
    }

    /**
     * @throws io.migrations.api.ValidationException naming the pending, unknown or edited revisions
     */
    @Override
    public void afterPropertiesSet() {
        runners.forEach(MigrationRunner::validate);
    }
}
