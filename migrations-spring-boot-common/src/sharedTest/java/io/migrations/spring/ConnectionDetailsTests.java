package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.connect.UrlDataSource;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the auto-configured runner connects: {@link MigrationsConnectionDetails}, and Spring Boot's JDBC ones. */
class ConnectionDetailsTests {

    @RegisterExtension
    static final TestDatabaseExtension db = new TestDatabaseExtension();

    private final ApplicationContextRunner withoutDataSource = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

    @Test
    void thePropertiesBackTheDetailsByDefault() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BootLine.DATA_SOURCE, MigrationsAutoConfiguration.class))
                .withPropertyValues(db.dataSourceProperties())
                .withPropertyValues("migrations.user=" + db.user(), "migrations.password=secret")
                .withPropertyValues("migrations.mode=none")
                .run(context -> {
                    MigrationsConnectionDetails details = context.getBean(MigrationsConnectionDetails.class);
                    assertThat(details.getJdbcUrl()).isNull();
                    assertThat(details.getUsername()).isEqualTo(db.user());
                    assertThat(details.getPassword()).isEqualTo("secret");
                    // No URL: the application's database, as the details' user.
                    assertThat(context.getBean(MigrationRunner.class).migrations().config().dataSource())
                            .isNotSameAs(context.getBean(DataSource.class));
                });
    }

    @Test
    void detailsOfTheApplicationWinOverTheProperties() {
        withoutDataSource.withPropertyValues("migrations.url=jdbc:postgresql://127.0.0.1:1/nowhere")
                .withBean(MigrationsConnectionDetails.class, () -> new MigrationsConnectionDetails() {
                    @Override
                    public String getJdbcUrl() {
                        return db.jdbcUrl();
                    }

                    @Override
                    public String getUsername() {
                        return db.user();
                    }

                    @Override
                    public String getPassword() {
                        return db.password();
                    }
                })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationRunner.class).migrations().config().dataSource())
                            .isInstanceOf(UrlDataSource.class);
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @Test
    void springBootJdbcConnectionDetailsWithoutADataSourceAreMigrated() {
        withJdbcConnectionDetails(db.jdbcUrl(), db.user(), db.password())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationRunner.class).url()).isEqualTo(db.jdbcUrl());
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @Test
    void migrationsUrlWinsOverSpringBootJdbcConnectionDetails() {
        withJdbcConnectionDetails("jdbc:postgresql://127.0.0.1:1/nowhere", "nobody", "")
                .withPropertyValues("migrations.url=" + db.jdbcUrl(), "migrations.user=" + db.user(),
                        "migrations.password=" + db.password())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(db.versions()).containsExactly("b2");
                });
    }

    @SuppressWarnings("unchecked")
    private ApplicationContextRunner withJdbcConnectionDetails(String url, String user, String password) {
        Supplier<Object> details = () -> BootLine.jdbcConnectionDetails(url, user, password);
        return withoutDataSource.withBean((Class<Object>) BootLine.JDBC_CONNECTION_DETAILS, details);
    }
}
