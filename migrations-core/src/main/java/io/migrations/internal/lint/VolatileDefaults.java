package io.migrations.internal.lint;

import io.migrations.internal.sql.SqlLexer;
import java.util.Set;

/**
 * Defaults whose value differs per row, so that adding a column with one rewrites the table. One list for the
 * {@code volatile-default} rule and for autogenerate, which adds such columns the way the rule advises.
 */
public final class VolatileDefaults {

    private static final Set<String> FUNCTIONS = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval", "txid_current");

    private VolatileDefaults() {
    }

    /** Whether the default expression calls one of these functions. */
    public static boolean isVolatile(String expression) {
        return SqlLexer.tokens(expression).stream()
                .anyMatch(token -> token.kind() == SqlLexer.Kind.WORD && FUNCTIONS.contains(token.text()));
    }
}
