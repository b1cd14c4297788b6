package io.migrations.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arrays of literals cast as a whole are written with each element cast, as PostgreSQL prints them once re-read. */
class ArrayCoercionsTest {

    @Test
    void anArrayOfLiteralsCastAsAWholeIsCastElementByElement() {
        assertThat(ArrayCoercions.elementwise("CHECK (((s)::text = ANY ((ARRAY['A'::character varying, "
                + "'it''s, ok'::character varying])::text[])))"))
                .isEqualTo("CHECK (((s)::text = ANY (ARRAY[('A'::character varying)::text, "
                        + "('it''s, ok'::character varying)::text])))");
    }

    @Test
    void everythingElseIsLeftAsItIs() {
        String elementwise = "CHECK (((s)::text = ANY (ARRAY[('A'::character varying)::text])))";
        assertThat(ArrayCoercions.elementwise(elementwise)).isEqualTo(elementwise);
        assertThat(ArrayCoercions.elementwise("CHECK ((n = ANY ((ARRAY[1, 2])::bigint[])))"))
                .isEqualTo("CHECK ((n = ANY ((ARRAY[1, 2])::bigint[])))");
        assertThat(ArrayCoercions.elementwise(null)).isNull();
    }
}
