package io.migrations.internal.connect;

import io.migrations.api.InvalidUrlException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes known secrets out of free text the program did not write itself, such as a driver's error message or a stack
 * trace: each secret, as written and percent-encoded, becomes {@code ***}, and every word written as a database URL is
 * shown {@linkplain DatabaseUrl#mask(String) masked}. Secrets shorter than {@value #MIN_LENGTH} characters are left,
 * as they would garble ordinary words. Immutable.
 *
 * @param secrets the values to remove, longest first
 */
public record Redactor(List<String> secrets) {

    /** Masks URLs only. */
    public static final Redactor NONE = new Redactor(List.of());

    static final int MIN_LENGTH = 4;
    private static final String QUOTES = "'\"`()[]<>{},;";

    public Redactor {
        secrets = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).distinct().toList();
    }

    /** This redactor also removing {@code secret} (ignored when null or short). */
    public Redactor withSecret(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH) {
            return this;
        }
        List<String> more = new ArrayList<>(secrets);
        more.add(secret);
        more.add(ConnectionString.encode(secret));
        return new Redactor(more);
    }

    /** This redactor also removing the password of {@code url}, when it can be read; {@code url} may be null. */
    public Redactor withUrl(String url) {
        if (url == null || url.isBlank()) {
            return this;
        }
        try {
            return withSecret(DatabaseUrl.parse(url, null, null).password());
        } catch (InvalidUrlException e) {
            return this;
        }
    }

    /** {@code text} without the secrets and with database URLs masked; null stays null. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return maskUrls(out);
    }

    private static String maskUrls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            out.append(maskWord(text.substring(i, end)));
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                out.append(text.charAt(end++));
            }
            i = end;
        }
        return out.toString();
    }

    private static String maskWord(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && QUOTES.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && (QUOTES.indexOf(word.charAt(end - 1)) >= 0 || word.charAt(end - 1) == '.'
                || word.charAt(end - 1) == ':')) {
            end--;
        }
        String core = word.substring(start, end);
        int equals = core.indexOf('=');
        if (core.contains("://") || core.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return word.substring(0, start) + DatabaseUrl.mask(core) + word.substring(end);
        }
        if (equals > 0 && new ConnectionString.Param(core.substring(0, equals), "").isSecret()) {
            return word.substring(0, start) + core.substring(0, equals + 1) + "***" + word.substring(end);
        }
        return word;
    }
}
