package io.migrations.script;

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
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        for (String line : lines) {
            out.append(line.stripTrailing()).append('\n');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
