package io.migrations.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metadata IDEs read for completion, generated from {@link MigrationsProperties} and the endpoint. */
class ConfigurationMetadataTests {

    private static Map<String, JsonNode> properties() throws IOException {
        try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            JsonMapper.builder().build().readTree(in).path("properties").forEach(p -> byName.put(p.path("name").asString(), p));
            return byName;
        }
    }

    private static String propertyName(String javaName) {
        return "migrations." + javaName.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    @Test
    void everyPropertyIsDocumented() throws IOException {
        Map<String, JsonNode> metadata = properties();
        List<String> names = Arrays.stream(BeanUtils.getPropertyDescriptors(MigrationsProperties.class))
                .filter(d -> d.getWriteMethod() != null)
                .map(d -> propertyName(d.getName()))
                .toList();
        assertThat(names).hasSize(22);
        assertThat(names).allSatisfy(name -> {
            assertThat(metadata).containsKey(name);
            assertThat(metadata.get(name).path("description").asString()).as(name).isNotBlank();
        });
    }

    @Test
    void defaultsAreListed() throws IOException {
        Map<String, JsonNode> metadata = properties();
        assertThat(metadata.get("migrations.locations").path("defaultValue").get(0).asString()).isEqualTo("classpath:db/migrations");
        assertThat(metadata.get("migrations.mode").path("defaultValue").asString()).isEqualTo("startup");
        assertThat(metadata.get("migrations.lock-wait-timeout").path("defaultValue").asString()).isEqualTo("60s");
    }

    @Test
    void endpointAccessIsListed() throws IOException {
        assertThat(properties()).containsKey("management.endpoint.migrations.access");
    }
}
