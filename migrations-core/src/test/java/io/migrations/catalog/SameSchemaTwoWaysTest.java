package io.migrations.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The same schema built two ways (other statement order, other spellings, constraints added later, columns dropped
 * and added) reads as equal catalogs, with no difference between them.
 */
class SameSchemaTwoWaysTest {

    @Test
    void sameSchemaBuiltTwoWaysGivesEqualCatalogs() throws Exception {
        try (TestDatabase first = TestServers.find().createDatabase("SameSchemaTwoWays");
             TestDatabase second = TestServers.find().createDatabase("SameSchemaTwoWays")) {
            first.execute(Catalogs.fixture("every-kind.sql"));
            second.execute(Catalogs.fixture("every-kind-rewritten.sql"));
            Catalog one = Catalogs.read(first);
            Catalog other = Catalogs.read(second);

            assertThat(CatalogDiff.between(one, other).text()).isEmpty();
            assertThat(other.lines()).isEqualTo(one.lines());
            assertThat(other).isEqualTo(one);
            assertThat(other.table("public", "users").orElseThrow().columns())
                    .as("column order is kept for display, and differs here").isNotEqualTo(
                            one.table("public", "users").orElseThrow().columns());
        }
    }
}
