package io.migrations.spring.boot;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.context.ConfigurableApplicationContext;

/** GET requests to a running application; JSON bodies are read with JsonPath, the same on every Boot generation. */
final class Http {

    /**
     * @param status the HTTP status
     * @param body   the body
     */
    record Response(int status, String body) {

        /** The value at a JsonPath, e.g. {@code $.dataSources.migrationRunner.url}. */
        <T> T read(String path) {
            return JsonPath.read(body, path);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    /** The raw response, for pages rather than JSON. */
    static HttpResponse<String> page(ConfigurableApplicationContext context, String path)
            throws IOException, InterruptedException {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Response get(ConfigurableApplicationContext context, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = page(context, path);
        return new Response(response.statusCode(), response.body());
    }
}
