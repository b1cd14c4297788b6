package io.migrations.sample.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A new API key's secret and what the database stores of it.
 *
 * @param key    the secret, {@code sk_} and 32 URL-safe characters
 * @param prefix the key's first characters, stored in the clear
 * @param hash   SHA-256 of the key in hex, stored to check keys against
 */
record KeyMaterial(String key, String prefix, String hash) {

    private static final int RANDOM_BYTES = 24;
    private static final int PREFIX_LENGTH = 11;

    /** A fresh random key. */
    static KeyMaterial generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String key = "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new KeyMaterial(key, key.substring(0, PREFIX_LENGTH), sha256(key));
    }

    private static String sha256(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
