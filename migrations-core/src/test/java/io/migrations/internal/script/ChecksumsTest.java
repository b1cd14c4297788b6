package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Checksums are stored in every database a revision ran on, so their values must never change: these were taken
 * with the first release's implementation.
 */
class ChecksumsTest {

    @Test
    void valuesStayAsTheyWereWhenTheyWereStored() {
        assertThat(Checksums.of("-- revision: a\r\n-- down_revision:\r\n\r\n-- upgrade\r\nCREATE TABLE t (id int);  \t\r\n\r\n\r\n"))
                .isEqualTo("fc9faa4239e68c9760fb2e9f0443e1f6e26191059b64b023218e0ca8f9493684");
        assertThat(Checksums.of("line one\rline two \u00a0\n\u00e9t\u00e9 \u2003\n\n"))
                .isEqualTo("63e8ec43830e079b2bdab8c1b08349af1bb08d54f9700f4cab77c49034aa362c");
        assertThat(Checksums.of("  lead and trail  \n\tsecond\t"))
                .isEqualTo("2779e1e9ac5f9b7b244a20342d1aabc0d588811fc6cf513cd0e586d846d1d641");
        assertThat(Checksums.of("x")).isEqualTo("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
    }

    @Test
    void lineEndingsTrailingBlanksAndEmptyLastLinesDoNotCount() {
        assertThat(Checksums.of("a\r\nb \t\r\n\r\n")).isEqualTo(Checksums.of("a\nb")).isEqualTo(Checksums.of("a\rb\n\n\n"));
        assertThat(Checksums.of("")).isEqualTo(Checksums.of("\n\n")).isEqualTo(Checksums.of(" \r\n"));
        assertThat(Checksums.of(" a")).isNotEqualTo(Checksums.of("a"));
    }
}
