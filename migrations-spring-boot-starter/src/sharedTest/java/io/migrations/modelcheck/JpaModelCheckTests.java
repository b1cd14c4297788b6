package io.migrations.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.spring.FailureReason;
import io.migrations.spring.MigrationFailedException;
import io.migrations.spring.model.ModelMismatchException;
import io.migrations.modelcheck.extra.ExtraColumnApplication;
import io.migrations.modelcheck.matching.MatchingApplication;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code migrations.model-check} with the application's JPA entities as the model: no {@code migrations.model} and
 * no {@code schema.sql} next to the revisions, so the entities of the application's Hibernate
 * {@code EntityManagerFactory} are compared with the database the revisions built.
 */
@ExtendWith(OutputCaptureExtension.class)
class JpaModelCheckTests {

    private static final String TITLE = "column public.note.title: only in the model (title character varying(255))";

    private static TestDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = TestServers.find().createDatabase(JpaModelCheckTests.class.getSimpleName());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        db.resetPublicSchema();
    }

    @Test
    void entitiesThatMatchTheRevisionsPassFail(CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(MatchingApplication.class, "fail")) {
            assertThat(context.getBean(EntityManagerFactory.class).getMetamodel().getEntities()).hasSize(1);
        }
        assertThat(output).contains("has exactly the schema of the model jpa:io.migrations.modelcheck.matching");
    }

    @Test
    void anEntityColumnNoRevisionAddsStopsTheStartWithFail() {
        assertThatThrownBy(() -> start(ExtraColumnApplication.class, "fail").close())
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.MODEL);
                    assertThat(e.getMessage()).contains(TITLE);
                    assertThat(((ModelMismatchException) e.getCause()).differences()).containsExactly(TITLE);
                });
    }

    @Test
    void anEntityColumnNoRevisionAddsIsLoggedAndInTheEndpointWithWarn(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = start(ExtraColumnApplication.class, "warn")) {
            assertThat(output).contains("differs from the model jpa:io.migrations.modelcheck.extra in 1 place:\n  "
                    + TITLE);
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/migrations")).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("ops:secret".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"model\":{\"model\":\"jpa:io.migrations.modelcheck.extra\","
                    + "\"matches\":false,\"differences\":[\"" + TITLE + "\"]");
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String check) {
        return new SpringApplicationBuilder(application)
                .properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + db.password(), "server.port=0",
                        "management.endpoints.web.exposure.include=migrations", "migrations.model-check=" + check,
                        // Spring Security is on this module's test class path: the endpoint takes this user.
                        "spring.security.user.name=ops", "spring.security.user.password=secret")
                .run();
    }
}
