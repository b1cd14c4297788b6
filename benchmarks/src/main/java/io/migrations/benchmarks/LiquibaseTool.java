package io.migrations.benchmarks;

import io.migrations.testdb.TestDatabase;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase's {@code update} command on the workload's changelog. Its summary and messages go to the (silenced)
 * log rather than the console, and its analytics are off: this machine has no network to send them to.
 */
final class LiquibaseTool implements Tool {

    @Override
    public String name() {
        return "liquibase";
    }

    @Override
    public void apply(TestDatabase db, Workload workload) throws Exception {
        update(db, workload, db.jdbcUrl(), null);
    }

    /** Updates one existing schema of {@code db}: Liquibase's tables there, the schema first on the search path. */
    static void updateSchema(TestDatabase db, Workload workload, String schema) throws Exception {
        update(db, workload, db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                schema);
    }

    private static void update(TestDatabase db, Workload workload, String url, String schema) throws Exception {
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(workload.root()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.analytics.enabled", false);
        Scope.child(scope, () -> {
            CommandScope update = new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, url)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, db.user())
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, db.password())
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, Workload.CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG);
            if (schema != null) {
                update.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DEFAULT_SCHEMA_NAME_ARG, schema);
            }
            update.execute();
        });
    }
}
