package io.migrations.internal.sql;

/** Line-break handling shared by the splitter and the file parser. */
public final class LineBreaks {

    private LineBreaks() {
    }

    /** {@code text} with {@code \r\n} and lone {@code \r} turned into {@code \n}, so lines count the same everywhere. */
    public static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
