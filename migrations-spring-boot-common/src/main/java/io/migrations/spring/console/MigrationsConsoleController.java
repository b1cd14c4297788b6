package io.migrations.spring.console;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves the read-only console page at {@code migrations.console.path}, in servlet and reactive applications alike.
 * The page carries no data: everything it shows comes from the {@code migrations} Actuator endpoint, under the
 * endpoint's own security.
 */
@Controller
public class MigrationsConsoleController {

    /** Only this page's inline code, and requests to its own server (the Actuator endpoint). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'self'";

    private final String page;

    /**
     * @param consolePath  where the page is served
     * @param endpointPath where the {@code migrations} endpoint is served
     */
    public MigrationsConsoleController(String consolePath, String endpointPath) {
        this.page = ConsolePage.render(consolePath, endpointPath);
    }

    /** The page. */
    @GetMapping(path = {"${migrations.console.path:/migrations}", "${migrations.console.path:/migrations}/"},
            produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<String> console() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(page);
    }
}
