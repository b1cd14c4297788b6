package io.migrations.internal.script;

import io.migrations.internal.sql.LineBreaks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of revision sources.
 *
 * <p>The checksum is the SHA-256 (lower-case hex) of the source after normalising it so that
 * editors and operating systems do not change it: line endings become {@code \n}, trailing
 * whitespace is removed from every line, and trailing empty lines are dropped.
 */
public final class Checksums {

    private Checksums() {
    }

    /** Returns the checksum of {@code source} after normalisation. */
    public static String of(String source) {
        return sha256(normalise(source));
    }

    /** The normalised form that {@link #of(String)} hashes. */
    public static String normalise(String source) {
        // One pass without splitting: every application start checksums every revision file.
        String text = LineBreaks.normalise(source);
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int end = lineEnd;
            while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.append(text, lineStart, end).append('\n');
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** SHA-256 (lower-case hex) of {@code text} as it is, for forms that are canonical already. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
