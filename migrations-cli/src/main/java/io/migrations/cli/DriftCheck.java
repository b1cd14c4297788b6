package io.migrations.cli;

import io.migrations.api.DriftReport;
import io.migrations.api.ShadowReplayException;
import io.migrations.internal.connect.DatabaseUrl;
import io.migrations.internal.drift.ShadowDatabase;
import java.io.PrintWriter;

/**
 * The {@code --drift} part of {@code check}: replays the revisions into a shadow database (a temporary one on the
 * same server, or the empty database of {@code --shadow-url}) and prints how the schemas differ.
 */
final class DriftCheck {

    private DriftCheck() {
    }

    /**
     * Prints the drift report; {@link ExitCode#FAILURE} when the database differs from its revisions,
     * {@link ExitCode#CHECK_FAILED} (with the reason on {@code err}) when the revisions could not be replayed.
     */
    static int run(Project project, String shadowUrl, PrintWriter out, PrintWriter err) {
        GlobalOptions options = project.options();
        try (ShadowDatabase shadow = shadowUrl == null
                ? ShadowDatabase.onServerOf(DatabaseUrl.parse(options.url, options.user, options.password))
                : ShadowDatabase.existing(shadowDatabase(shadowUrl, options))) {
            DriftReport report = project.migrations().drift(shadow.dataSource());
            out.print(report.text());
            return report.hasDrift() ? ExitCode.FAILURE : ExitCode.SUCCESS;
        } catch (ShadowReplayException e) {
            err.println("FAILED: " + e.getMessage());
            return ExitCode.CHECK_FAILED;
        }
    }

    /** The shadow URL, with {@code --user}/{@code --password} when it names no user itself. */
    private static DatabaseUrl shadowDatabase(String shadowUrl, GlobalOptions options) {
        DatabaseUrl url = DatabaseUrl.parse(shadowUrl, null, null);
        return url.user() != null ? url : new DatabaseUrl(url.jdbcUrl(), options.user, options.password);
    }
}
