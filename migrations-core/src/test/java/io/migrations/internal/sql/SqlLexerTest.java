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
                "WORD int", "SYMBOL ,", "SYMBOL $", "NUMBER 1", "SYMBOL ?", "COMMENT /* a /* b */ c */", "WORD x");
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
        assertThat(meaningful("a$b$ $1")).containsExactly("WORD a$b$", "SYMBOL $", "NUMBER 1");
        assertThat(meaningful("e'x' ee'y'")).containsExactly("STRING e'x'", "WORD ee", "STRING 'y'");
    }

    private static List<String> meaningful(String sql) {
        return SqlLexer.spans(sql).stream().filter(span -> span.kind() != Kind.WHITESPACE)
                .map(span -> span.kind() + " " + span.in(sql)).toList();
    }
}
