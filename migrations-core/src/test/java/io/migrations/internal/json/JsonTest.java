package io.migrations.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedMapsListsAndPlainValues() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "r1");
        tree.put("count", 3);
        tree.put("x", 24.0);
        tree.put("y", 12.5);
        tree.put("ok", true);
        tree.put("none", null);
        tree.put("list", List.of(1, "two", List.of()));
        tree.put("empty", Map.of());

        assertThat(Json.write(tree)).isEqualTo(
                "{\"name\":\"r1\",\"count\":3,\"x\":24,\"y\":12.5,\"ok\":true,\"none\":null,\"list\":[1,\"two\",[]],\"empty\":{}}");
        assertThat(Json.write(new ArrayList<>(Arrays.asList("a", null)))).isEqualTo("[\"a\",null]");
    }

    @Test
    void stringsAreEscapedAndCannotCloseAScriptElement() {
        assertThat(Json.quote("say \"hi\"\\\n\t\u0001")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"");
        assertThat(Json.quote("</script><b>&")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
        assertThat(Json.quote("\u2028")).isEqualTo("\"\\u2028\"");
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> Json.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON value");
    }
}
