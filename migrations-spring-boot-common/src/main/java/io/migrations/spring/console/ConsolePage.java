package io.migrations.spring.console;

import io.migrations.internal.render.Assets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The console page: one HTML document with the shared graph stylesheet and viewer and the console's own script and
 * styles inline, so it needs nothing else from the server and nothing from the internet. It holds no data; its script
 * reads the {@code migrations} Actuator endpoint, at a path relative to the page's own.
 */
final class ConsolePage {

    private ConsolePage() {
    }

    /**
     * @param consolePath  where the page is served, e.g. {@code /migrations}
     * @param endpointPath where the endpoint is, e.g. {@code /actuator/migrations}; both below the same context path
     */
    static String render(String consolePath, String endpointPath) {
        String template = resource("console.html");
        return template.replace("{{styles}}", Assets.STYLESHEET.text() + resource("console.css"))
                .replace("{{scripts}}", Assets.VIEWER.text() + resource("console.js"))
                .replace("<body class=\"mc\">", "<body class=\"mc\" data-endpoint=\""
                        + HtmlUtils.htmlEscape(relative(consolePath, endpointPath)) + "\">");
    }

    /** {@code endpointPath} relative to the folder of {@code consolePath}: {@code ../actuator/migrations} and the like. */
    static String relative(String consolePath, String endpointPath) {
        long depth = consolePath.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat((int) Math.max(0, depth)) + endpointPath.replaceFirst("^/+", "");
    }

    private static String resource(String name) {
        try (InputStream in = ConsolePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing console resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read console resource " + name, e);
        }
    }
}
