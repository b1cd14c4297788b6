package io.migrations.internal.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.catalog.SingleChanges;
import io.migrations.testdb.SchemaFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    private static String fixture(String name) {
        return SchemaFixtures.sql(name);
    }

    static List<SingleChanges.Change> changes() {
        return SingleChanges.all();
    }

    /** Each single change of the catalog tests, planned from the schema to the changed one and back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachSingleChangeBothWays(SingleChanges.Change change) throws Exception {
        String everyKind = fixture("every-kind.sql");
        String changed = everyKind + "\n" + change.sql() + ";";
        assertThat(harness.roundTrip(everyKind, changed, applied)).as(String.join("\n----\n", applied)).isEmpty();
        assertThat(harness.roundTrip(changed, everyKind, applied)).as(String.join("\n----\n", applied)).isEmpty();
    }

    @Test
    void everyKindFromNothingAndBack() throws Exception {
        String everyKind = fixture("every-kind.sql");
        assertThat(harness.roundTrip("", everyKind, applied)).as(String.join("\n----\n", applied)).isEmpty();
        assertThat(harness.roundTrip(everyKind, "", applied)).as(String.join("\n----\n", applied)).isEmpty();
    }
}
