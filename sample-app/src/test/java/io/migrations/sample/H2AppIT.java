package io.migrations.sample;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jar started with no configuration at all, as a newcomer does: in-memory H2, migrated at startup. */
class H2AppIT extends RunningAppContract {

    private static SampleProcess app;
    private static Api api;

    @BeforeAll
    static void startApp() {
        int port = SampleProcess.freePort();
        app = SampleProcess.jar("h2-app", Map.of(), "--server.port=" + port);
        app.awaitReady(port);
        api = new Api(port);
    }

    @AfterAll
    static void stopApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Override
    Api api() {
        return api;
    }

    @Override
    String expectedJdbcUrlPrefix() {
        return "jdbc:h2:mem:";
    }
}
