package io.migrations.cli;

/**
 * What one run of the command line printed and returned.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      error output (errors and usage; log lines go to the process's stderr)
 */
record CliRun(int exitCode, String out, String err) {

    /** Everything printed, for checks that something appears nowhere. */
    String all() {
        return out + err;
    }
}
