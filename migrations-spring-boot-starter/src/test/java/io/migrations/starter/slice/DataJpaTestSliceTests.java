package io.migrations.starter.slice;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** {@code @DataJpaTest} on PostgreSQL applies the revisions before JPA validates the schema. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaTestSliceTests extends JpaSliceScenarios {
}
