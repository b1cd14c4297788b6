package io.migrations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.internal.sql.SqlLexer.Kind;
import io.migrations.internal.sql.SqlLexer.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void spansCoverTheTextWithoutGapsOrOverlaps() {
        String sql = "SELECT 'a''b', E'c\\'d', \"Q\"\"x\", $t$ ; -- $t$ /* x */ -- end\n1.5::int, $1 ? /* a /* b */ c */ x";
        List<Span> spans = SqlLexer.spans(sql);

        int at = 0;
        for (Span span : spans) {
            assertThat(span.start()).isEqualTo(at);
            assertThat(span.end()).isGreaterThan(span.start());
            at = span.end();
        }
        assertThat(at).isEqualTo(sql.length());
    }

    @Test
    void quotesCommentsAndDollarQuotesAreSingleSpans() {
        String sql = "SELECT 'a''b', E'c\\'d', \"Q\"\"x\", $t$ ; -- $t$ /* x */ -- end\n1.5::int, $1 ? /* a /* b */ c */ x";

        assertThat(meaningful(sql)).containsExactly(
                "WORD SELECT", "STRING 'a''b'", "SYMBOL ,", "STRING E'c\\'d'", "SYMBOL ,", "QUOTED_IDENTIFIER \"Q\"\"x\"",
                "SYMBOL ,", "STRING $t$ ; -- $t$", "COMMENT /* x */", "COMMENT -- end", "NUMBER 1.5", "SYMBOL ::",
                "WORD int", "SYMBOL ,", "PARAMETER $1", "SYMBOL ?", "COMMENT /* a /* b */ c */", "WORD x");
    }

    @Test
    void anUnterminatedQuoteOrCommentRunsToTheEnd() {
        assertThat(meaningful("SELECT 'open ? ")).containsExactly("WORD SELECT", "STRING 'open ? ");
        assertThat(meaningful("x /* open ?")).containsExactly("WORD x", "COMMENT /* open ?");
        assertThat(meaningful("x $$ open ?")).containsExactly("WORD x", "STRING $$ open ?");
        assertThat(meaningful("E'ends with \\")).containsExactly("STRING E'ends with \\");
    }

    @Test
    void dollarSignsInsideWordsAndBeforeDigitsOpenNothing() {
        assertThat(meaningful("a$b$ $1")).containsExactly("WORD a$b$", "PARAMETER $1");
        assertThat(meaningful("e'x' ee'y'")).containsExactly("STRING e'x'", "WORD ee", "STRING 'y'");
    }

    @Test
    void aParameterTakesTheWordStuckToItSoNoDollarQuoteOpensThere() {
        assertThat(meaningful("$1e$t$--\n;x")).containsExactly("PARAMETER $1e$t$", "COMMENT --", "SYMBOL ;", "WORD x");
        assertThat(meaningful("$_1$ x $_1$ $a b")).containsExactly("STRING $_1$ x $_1$", "SYMBOL $", "WORD a", "WORD b");
        assertThat(meaningful("$1a $a")).containsExactly("PARAMETER $1a", "SYMBOL $", "WORD a");
    }

    @Test
    void numbersTakeTheIdentifierCharactersStuckToThem() {
        assertThat(meaningful("1e$t$ 0x1F 1_000.5e-3 1..2 .5")).containsExactly("NUMBER 1e$t$", "NUMBER 0x1F",
                "NUMBER 1_000.5e-3", "NUMBER 1", "SYMBOL .", "NUMBER .2", "NUMBER .5");
    }

    @Test
    void prefixedStringsAndIdentifiersAreSingleSpans() {
        assertThat(meaningful("U&'d\\0061t' u&\"x\"\"y\" B'1''0' X'1F' N'n' U&x"))
                .containsExactly("STRING U&'d\\0061t'", "QUOTED_IDENTIFIER u&\"x\"\"y\"", "STRING B'1''0'",
                        "STRING X'1F'", "STRING N'n'", "WORD U", "SYMBOL &", "WORD x");
    }

    @Test
    void stringPiecesSeparatedByALineBreakAreOneStringKeepingTheFirstPiecesEscapes() {
        assertThat(meaningful("E'a' -- c\n\n'\\';x';y")).containsExactly("STRING E'a' -- c\n\n'\\';x'", "SYMBOL ;", "WORD y");
        assertThat(meaningful("'a' 'b'")).containsExactly("STRING 'a'", "STRING 'b'");
        assertThat(meaningful("'a'\n/* c */'b'")).containsExactly("STRING 'a'", "COMMENT /* c */", "STRING 'b'");
    }

    @Test
    void whitespaceIsPostgresqlsAndOtherCharactersAboveAsciiAreIdentifierCharacters() {
        assertThat(meaningful("\u2003E'a\\'")).containsExactly("WORD \u2003E", "STRING 'a\\'");
        assertThat(meaningful("x\u000B\fy \u00e9t\u00e9")).containsExactly("WORD x", "WORD y", "WORD \u00e9t\u00e9");
    }

    @Test
    void tokensDropWhitespaceAndCommentsLowerCaseWordsAndUnquoteNames() {
        assertThat(SqlLexer.tokens("SELECT /* c */ \"A\"\"b\", U&\"c\" -- x\n FROM t"))
                .containsExactly(new Token(Kind.WORD, "select"), new Token(Kind.QUOTED_IDENTIFIER, "A\"b"),
                        new Token(Kind.SYMBOL, ","), new Token(Kind.QUOTED_IDENTIFIER, "c"),
                        new Token(Kind.WORD, "from"), new Token(Kind.WORD, "t"));
    }

    private static List<String> meaningful(String sql) {
        return SqlLexer.spans(sql).stream().filter(span -> span.kind() != Kind.WHITESPACE)
                .map(span -> span.kind() + " " + span.in(sql)).toList();
    }
}
