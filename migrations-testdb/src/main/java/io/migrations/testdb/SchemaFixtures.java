package io.migrations.testdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * SQL scripts that build schemas for tests. {@code every-kind.sql} holds one of every kind of object the catalog
 * reads; {@code every-kind-rewritten.sql} builds the same schema in another order with other spellings.
 */
public final class SchemaFixtures {

    /** One of every kind of object. */
    public static final String EVERY_KIND = "every-kind.sql";

    /** {@link #EVERY_KIND}'s schema, built another way. */
    public static final String EVERY_KIND_REWRITTEN = "every-kind-rewritten.sql";

    private SchemaFixtures() {
    }

    /** The text of the fixture {@code name}. */
    public static String sql(String name) {
        try (InputStream in = SchemaFixtures.class.getResourceAsStream("/catalog/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
