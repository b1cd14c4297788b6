package io.migrations.api;


/**
 * A revision file (or class) that cannot be read: malformed header, missing section, bad id,
 * unterminated quote. The message names the location and line.
 */
public class ScriptException extends MigrationsException {

    private final String location;
    private final int line;

    /**
     * @param location file path or class name
     * @param line     1-based line, or 0 when the problem is not on one line
     * @param problem  what is wrong and how to fix it
     */
    public ScriptException(String location, int line, String problem) {
        super(location + (line > 0 ? ":" + line : "") + ": " + problem);
        this.location = location;
        this.line = line;
    }

    /** File path or class name of the broken revision. */
    public String location() {
        return location;
    }

    /** 1-based line of the problem, 0 when not tied to a line. */
    public int line() {
        return line;
    }

    @Override
    public boolean isUserError() {
        return true;
    }
}
