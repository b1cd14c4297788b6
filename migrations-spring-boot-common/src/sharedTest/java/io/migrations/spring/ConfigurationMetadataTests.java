package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;

/** The metadata IDEs read for completion, generated from {@link MigrationsProperties} and the endpoint. */
class ConfigurationMetadataTests {

    private static Map<String, Map<String, Object>> properties() throws IOException {
        try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            List<Map<String, Object>> all = JsonPath.read(in, "$.properties[*]");
            Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
            all.forEach(property -> byName.put((String) property.get("name"), property));
            return byName;
        }
    }

    private static String propertyName(String javaName) {
        return "migrations." + javaName.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    @Test
    void everyPropertyIsDocumented() throws IOException {
        Map<String, Map<String, Object>> metadata = properties();
        List<String> names = Arrays.stream(BeanUtils.getPropertyDescriptors(MigrationsProperties.class))
                .filter(d -> d.getWriteMethod() != null)
                .map(d -> propertyName(d.getName()))
                .toList();
        assertThat(names).hasSize(32);
        assertThat(names).allSatisfy(name -> {
            assertThat(metadata).containsKey(name);
            assertThat((String) metadata.get(name).get("description")).as(name).isNotBlank();
        });
    }

    @Test
    void defaultsAreListed() throws IOException {
        Map<String, Map<String, Object>> metadata = properties();
        assertThat(metadata.get("migrations.locations").get("defaultValue")).isEqualTo(List.of("classpath:db/migrations"));
        assertThat(metadata.get("migrations.mode").get("defaultValue")).isEqualTo("startup");
        assertThat(metadata.get("migrations.lock-wait-timeout").get("defaultValue")).isEqualTo("60s");
        assertThat(metadata.get("migrations.on-unknown-revision").get("defaultValue")).isEqualTo("warn");
        assertThat(metadata.get("migrations.migrate-only-profile").get("defaultValue")).isEqualTo("migrate");
        assertThat(metadata.get("migrations.connect-timeout").get("defaultValue")).isEqualTo("30s");
        assertThat(metadata.get("migrations.lock-mode").get("defaultValue")).isEqualTo("session");
        assertThat(metadata.get("migrations.transaction-per").get("defaultValue")).isEqualTo("revision");
        assertThat(metadata.get("migrations.on-checksum-mismatch").get("defaultValue")).isEqualTo("fail");
    }

    @Test
    void tenantPropertiesAreListedWithTheirDefaults() throws IOException {
        Map<String, Map<String, Object>> metadata = properties();
        assertThat(metadata.get("migrations.tenants.parallel")).containsEntry("defaultValue", 1);
        assertThat(metadata.get("migrations.tenants.max-failures")).containsEntry("defaultValue", "1");
        assertThat((String) metadata.get("migrations.tenants.schemas-query").get("description")).contains("TenantSource");
    }

    @Test
    void validateChecksumsIsDeprecatedInFavourOfTheChecksumPolicy() throws IOException {
        Map<String, Object> deprecated = properties().get("migrations.validate-checksums");
        assertThat(deprecated).containsKey("deprecation");
        @SuppressWarnings("unchecked")
        Map<String, Object> deprecation = (Map<String, Object>) deprecated.get("deprecation");
        assertThat(deprecation).containsEntry("replacement", "migrations.on-checksum-mismatch");
        assertThat((String) properties().get("migrations.on-checksum-mismatch").get("description"))
                .contains("'fail'", "'warn'", "'ignore'");
    }

    @Test
    void endpointAccessAndHealthIndicatorAreListed() throws IOException {
        Map<String, Map<String, Object>> metadata = properties();
        assertThat(metadata).containsKey("management.endpoint.migrations.access");
        assertThat(metadata.get("management.health.migrations.enabled"))
                .containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
        assertThat((String) metadata.get("management.health.migrations.enabled").get("description")).isNotBlank();
    }
}
