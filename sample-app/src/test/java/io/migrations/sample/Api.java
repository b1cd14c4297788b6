package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to a running sample app; every call asserts the status it expects. */
final class Api {

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** GETs {@code path} and expects 200. */
    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    /** GETs {@code path} and expects {@code status}. */
    JsonNode get(String path, int status) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), status);
    }

    /** POSTs a JSON body to {@code path} and expects {@code status}. */
    JsonNode post(String path, String body, int status) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), status);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private JsonNode send(HttpRequest.Builder request, int status) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + built.method() + " " + built.uri(), e);
        }
        assertThat(response.statusCode()).as("%s %s answered %s", built.method(), built.uri(), response.body())
                .isEqualTo(status);
        return json.readTree(response.body());
    }
}
