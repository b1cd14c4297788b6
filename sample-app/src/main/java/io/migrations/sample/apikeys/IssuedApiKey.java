package io.migrations.sample.apikeys;

/**
 * The answer to creating an API key: the only time its secret is shown, since the database keeps just a hash.
 *
 * @param key the secret to send as the key, e.g. {@code sk_Q2hhbmdlIG1lIQ…}
 */
public record IssuedApiKey(ApiKey apiKey, String key) {
}
