package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * What a started sample app must do on any database: report through {@code /actuator/migrations} that every revision
 * ran and nothing is pending, and serve the REST API on the schema the revisions built. Subclasses choose the
 * database; the tests of a class share one app process, so each test makes its own, uniquely named data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningAppContract {

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private SampleProcess app;
    private Api api;

    /** Prepares the database the app is to use and returns the environment variables that point the app at it. */
    abstract Map<String, String> prepareDatabase();

    /** Removes what {@link #prepareDatabase()} made, once the app has stopped. */
    void removeDatabase() {
    }

    /** How the JDBC URL of the database the app should be using starts. */
    abstract String expectedJdbcUrlPrefix();

    @BeforeAll
    void startApp() {
        int port = SampleProcess.freePort();
        app = SampleProcess.jar(getClass().getSimpleName(), prepareDatabase(), "--server.port=" + port);
        app.awaitReady(port);
        api = new Api(port);
    }

    @AfterAll
    void stopApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
        removeDatabase();
    }

    Api api() {
        return api;
    }

    @Test
    void actuatorReportsEveryRevisionAppliedAndNothingPending() {
        JsonNode source = api().get("/actuator/migrations").get("dataSources").get("migrationRunner");

        assertThat(source.get("url").asString()).startsWith(expectedJdbcUrlPrefix());
        assertThat(source.get("status").asString()).isEqualTo("UP_TO_DATE");
        assertThat(strings(source.get("current"))).containsExactly(AppRevisions.HEAD);
        assertThat(strings(source.get("heads"))).containsExactly(AppRevisions.HEAD);
        assertThat(source.get("pending").isEmpty()).isTrue();
        List<JsonNode> history = List.copyOf(source.get("history").values());
        assertThat(history).extracting(row -> row.get("revision").asString())
                .containsExactlyInAnyOrderElementsOf(AppRevisions.ids());
        assertThat(history).allSatisfy(row -> {
            assertThat(row.get("direction").asString()).isEqualTo("UPGRADE");
            assertThat(row.get("success").asBoolean()).isTrue();
        });
        assertThat(source.get("branches").values()).singleElement().satisfies(branch -> {
            assertThat(branch.get("revision").asString()).isEqualTo("03dacfff8ecd");
            assertThat(strings(branch.get("children"))).containsExactlyInAnyOrder("9ab4b1a233d3", "eec0ecf1332c");
        });
        assertThat(api().get("/actuator/health").at("/components/migrations/status").asString()).isEqualTo("UP");
    }

    @Test
    void workspacesUsersApiKeysAndLogsAreStoredAndRead() {
        JsonNode workspace = api().post("/workspaces",
                "{\"name\": \"Acme Research\", \"slug\": \"acme-" + unique + "\", \"plan\": \"team\"}", 201);
        long workspaceId = workspace.get("id").asLong();
        assertThat(workspace.get("plan").asString()).isEqualTo("team");
        assertThat(api().get("/workspaces/" + workspaceId)).isEqualTo(workspace);
        // The workspace revision created the default workspace to backfill logs with.
        assertThat(api().get("/workspaces").values()).extracting(w -> w.get("slug").asString())
                .contains("default", "acme-" + unique);

        JsonNode user = api().post("/users", "{\"email\": \"ada-" + unique + "@example.com\", \"name\": \"Ada\"}", 201);
        long userId = user.get("id").asLong();
        assertThat(user.get("role").asString()).isEqualTo("member");
        assertThat(api().get("/users/" + userId)).isEqualTo(user);
        assertThat(api().get("/users").values()).contains(user);

        JsonNode issued = api().post("/workspaces/" + workspaceId + "/api-keys",
                "{\"name\": \"ci\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}", 201);
        JsonNode apiKey = issued.get("apiKey");
        assertThat(issued.get("key").asString()).startsWith("sk_").startsWith(apiKey.get("prefix").asString());
        assertThat(api().get("/workspaces/" + workspaceId + "/api-keys").values()).containsExactly(apiKey);
        assertThat(api().get("/workspaces/" + workspaceId + "/api-keys/" + apiKey.get("id").asLong())).isEqualTo(apiKey);

        // Three billion milliseconds only fit since latency_ms became bigint.
        JsonNode call = api().post("/logs", "{\"workspaceId\": " + workspaceId + ", \"userId\": " + userId
                + ", \"provider\": \"openai\", \"model\": \"gpt-4o\", \"costUsd\": 0.012345, \"currency\": \"EUR\","
                + " \"latencyMs\": 3000000000}", 201);
        assertThat(call.get("latencyMs").asLong()).isEqualTo(3_000_000_000L);
        assertThat(call.get("costUsd").decimalValue()).isEqualByComparingTo("0.012345");
        assertThat(call.get("status").asString()).isEqualTo("ok");
        JsonNode failed = api().post("/logs", "{\"workspaceId\": " + workspaceId
                + ", \"provider\": \"anthropic\", \"error\": \"rate limited\"}", 201);
        assertThat(failed.get("status").asString()).isEqualTo("error");
        assertThat(failed.get("currency").asString()).isEqualTo("USD");

        assertThat(api().get("/logs/" + call.get("id").asLong())).isEqualTo(call);
        assertThat(api().get("/logs?workspaceId=" + workspaceId).values()).containsExactlyInAnyOrder(call, failed);
        assertThat(api().get("/logs?workspaceId=" + workspaceId + "&provider=openai").values()).containsExactly(call);
    }

    @Test
    void badRequestsAreRejectedWithTheReason() {
        api().post("/users", "{\"email\": \"grace-" + unique + "@example.com\"}", 201);
        assertThat(api().post("/users", "{\"email\": \"grace-" + unique + "@example.com\"}", 409)
                .get("detail").asString()).contains("Already exists");
        assertThat(api().post("/users", "{\"email\": \"not an email\"}", 400).get("detail").asString())
                .contains("email");
        assertThat(api().post("/workspaces", "{\"name\": \"Gold\", \"slug\": \"gold-" + unique + "\", \"plan\": \"gold\"}",
                400).get("detail").asString()).contains("plan");
        assertThat(api().post("/logs", "{\"workspaceId\": 987654321, \"provider\": \"openai\"}", 422)
                .get("detail").asString()).contains("does not exist");
        assertThat(api().get("/logs?limit=0", 400).get("detail").asString()).contains("limit");
        assertThat(api().get("/logs/987654321", 404).get("detail").asString()).isEqualTo("No log with id 987654321");
        api().get("/workspaces/987654321/api-keys", 404);
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }
}
