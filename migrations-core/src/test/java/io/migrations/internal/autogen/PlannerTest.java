package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans between schemas built from SQL reach the target catalog exactly, both ways. */
class PlannerTest {

    private static PlanHarness harness;
    private final List<String> applied = new ArrayList<>();

    @BeforeAll
    static void databases() {
        harness = new PlanHarness();
    }

    @AfterAll
    static void drop() {
        harness.close();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PlannerTest.class.getResourceAsStream("/catalog/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyKindFromNothingAndBack() throws Exception {
        String everyKind = fixture("every-kind.sql");
        assertThat(harness.roundTrip("", everyKind, applied)).as(String.join("\n----\n", applied)).isEmpty();
        assertThat(harness.roundTrip(everyKind, "", applied)).as(String.join("\n----\n", applied)).isEmpty();
    }
}
