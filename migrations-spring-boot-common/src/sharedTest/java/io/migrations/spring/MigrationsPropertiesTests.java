package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.MigrationsConfig;
import io.migrations.api.Policy;
import io.migrations.spring.MigrationsProperties.Mode;
import io.migrations.spring.MigrationsProperties.OnFailure;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigrationsPropertiesTests {

    @Test
    void defaultsEqualTheCoreDefaultsExceptThatADatabaseAheadOfTheCodeOnlyWarns() {
        DataSource dataSource = new SimpleDriverDataSource();
        ClassLoader classLoader = getClass().getClassLoader();
        MigrationsConfig fromProperties = MigrationsConfigMapper.builder(new MigrationsProperties(), dataSource, classLoader).build();
        // An application must start during a rolling deploy or after a rollback; the CLI stays strict.
        MigrationsConfig coreDefaults = MigrationsConfig.builder().dataSource(dataSource).classLoader(classLoader)
                .onUnknownRevision(Policy.WARN).build();
        assertThat(fromProperties).isEqualTo(coreDefaults);
    }

    @Test
    void defaultsMigrateEverythingAtStartupAndExitOnFailure() {
        MigrationsProperties properties = new MigrationsProperties();
        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.getTarget()).isEqualTo("heads");
        assertThat(properties.getMode()).isEqualTo(Mode.STARTUP);
        assertThat(properties.getOnFailure()).isEqualTo(OnFailure.EXIT);
        assertThat(properties.isMigrateOnly()).isFalse();
    }
}
