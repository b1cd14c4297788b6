package io.migrations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.migrations.api.ScriptException;
import io.migrations.internal.sql.SqlLexer.Kind;
import io.migrations.internal.sql.SqlLexer.Span;
import io.migrations.testdb.RandomSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: on generated PostgreSQL-like text, the splitter's statements are exactly the lexer's tokens grouped at
 * the semicolons psql would send at, and the splitter refuses exactly the texts the lexer ends inside a token of.
 * The grouping here is written apart from {@link SqlScanner}, from psql's rule (parentheses, and {@code BEGIN}/
 * {@code CASE}/{@code END} inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}).
 *
 * <p>The seed is printed; run again with {@code -Dsql.lexing.seed=N} (and {@code -Dsql.lexing.inputs=N}).
 */
class SplittingAgreesWithLexingTest {

    /** Pieces that meet at every boundary the grammar has; glued at random they make the hard cases. */
    private static final String[] PIECES = {"'", "''", "\"", "\"\"", "E'", "e'", "U&'", "u&\"", "B'", "N'", "x'",
            "$", "$$", "$t$", "$T$", "$1", "$1e$t$", "$_$", "$a1$", "a$b$", "--", "-- c\n", "/*", "*/", "\\", "\\'",
            "\n", "\n", "\r\n", "\r", " ", " ", "\t", "\f", "\u000B", ";", ";", ";", "(", ")", "x", "1", "1.5", "1e",
            "e", "E", " begin ", "BEGIN ATOMIC ", " end", " END ", " case ", "create function f() ",
            "CREATE OR REPLACE PROCEDURE p() ", "create ", "function ", "select ", "-", "/", "*", "::", "?",
            "\u00e9", "\u2003", ".", "..", "'a;b'", "E'\\';'", "$t$;$t$", "/* ; */", "\"x;\"", "'-- ;'\n"};

    @Test
    void theSplittersStatementsAreTheLexersTokensGroupedAtTopLevelSemicolons() {
        int inputs = Integer.getInteger("sql.lexing.inputs", 50_000);
        long seed = RandomSeed.of("sql.lexing.seed", "Splitting against lexing, " + inputs + " random inputs");
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 0; i < inputs; i++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = 1 + random.nextInt(12); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            refused += agree(text.toString(), seed) ? 0 : 1;
        }
        System.out.println("SplittingAgreesWithLexingTest: " + inputs + " inputs agreed, " + refused
                + " of them refused as unterminated or unclosed by both");
        assertThat(refused).isLessThan(inputs);
    }

    @Test
    void fixedCases() {
        assertStatements("$1e$t$--\n;x", "1:$1e$t$", "2:x");
        assertStatements("SELECT E'a'\n'\\';x';\nSELECT 2", "1:SELECT E'a'\n'\\';x'", "3:SELECT 2");
        assertStatements("SELECT 'a'\n'b';SELECT 'c' 'd'", "1:SELECT 'a'\n'b'", "2:SELECT 'c' 'd'");
        assertStatements("SELECT U&'\\';SELECT 2", "1:SELECT U&'\\'", "1:SELECT 2");
        assertStatements("SELECT \u2003E'\\';SELECT 2", "1:SELECT \u2003E'\\'", "1:SELECT 2");
        assertStatements("SELECT $_$;$_$;$a b", "1:SELECT $_$;$_$", "1:$a b");
        assertStatements("create function f() begin atomic select 1; end; select 2", "1:create function f() begin atomic select 1; end",
                "1:select 2");
        assertStatements("x$1$;y", "1:x$1$", "1:y");
        for (String text : List.of("$1e$t$--\n;x", "E'\\'", "$t$", "/* /* */", "U&\"", "create function f() begin")) {
            agree(text, 0);
        }
    }

    private static void assertStatements(String text, String... expected) {
        assertThat(agree(text, 0)).as(text).isTrue();
        assertThat(split(text)).as(text).containsExactly(expected);
    }

    /** Checks the property on {@code text}; false when both refuse it. */
    private static boolean agree(String text, long seed) {
        Grouping expected = group(LineBreaks.normalise(text));
        String refusal = null;
        List<String> statements = List.of();
        try {
            statements = split(text);
        } catch (ScriptException e) {
            refusal = e.getMessage();
        }
        boolean same = expected.refusal == null
                ? refusal == null && statements.equals(expected.statements)
                : refusal != null && refusal.contains(expected.refusal);
        if (!same) {
            fail("seed " + seed + ", text: " + text.replace("\n", "\\n").replace("\r", "\\r") + "\n  split:  "
                    + (refusal != null ? refusal : statements) + "\n  lexed:  "
                    + (expected.refusal != null ? expected.refusal : expected.statements));
        }
        return expected.refusal == null;
    }

    private static List<String> split(String text) {
        return SqlSplitter.split("x.sql", text).stream().map(s -> s.line() + ":" + s.sql()).toList();
    }

    private record Grouping(List<String> statements, String refusal) {
    }

    /** psql's statement grouping over the lexer's spans. */
    private static Grouping group(String text) {
        List<Span> spans = new ArrayList<>();
        boolean[] unterminated = {false};
        SqlLexer.lex(text, 0, new SqlLexer.Sink() {
            @Override
            public void token(Kind kind, int start, int end) {
                spans.add(new Span(kind, start, end));
            }

            @Override
            public void unterminated(Kind kind, int start, int end) {
                token(kind, start, end);
                unterminated[0] = true;
            }
        });
        int covered = 0;
        for (Span span : spans) {
            if (span.start() != covered || span.end() <= span.start()) {
                fail("spans leave a gap or overlap at " + covered + " in " + text + ": " + spans);
            }
            covered = span.end();
        }
        if (covered != text.length()) {
            fail("spans end at " + covered + " in " + text + ": " + spans);
        }

        List<String> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = -1;
        int end = -1;
        int parens = 0;
        int begins = 0;
        for (Span span : spans) {
            if (span.kind() == Kind.WHITESPACE || span.kind() == Kind.COMMENT) {
                continue;
            }
            String token = span.in(text);
            if (token.equals(";") && parens == 0 && begins == 0) {
                if (start >= 0) {
                    statements.add(line(text, start) + ":" + text.substring(start, end));
                }
                start = -1;
                words.clear();
                continue;
            }
            if (start < 0) {
                start = span.start();
            }
            end = span.end();
            parens += token.equals("(") ? 1 : token.equals(")") && parens > 0 ? -1 : 0;
            if (span.kind() == Kind.WORD) {
                String word = token.toLowerCase(Locale.ROOT);
                words.add(word);
                if (parens == 0 && isRoutine(words)) {
                    begins += word.equals("begin") || word.equals("case") && begins > 0 ? 1
                            : word.equals("end") && begins > 0 ? -1 : 0;
                }
            }
        }
        if (unterminated[0]) {
            return new Grouping(List.of(), "unterminated");
        }
        if (start >= 0 && (parens > 0 || begins > 0)) {
            return new Grouping(List.of(), "still has");
        }
        if (start >= 0) {
            statements.add(line(text, start) + ":" + text.substring(start, end));
        }
        return new Grouping(statements, null);
    }

    private static boolean isRoutine(List<String> words) {
        boolean routine = words.size() > 1 && isOneOf(words.get(1), "function", "procedure");
        boolean replace = words.size() > 3 && words.get(1).equals("or") && words.get(2).equals("replace")
                && isOneOf(words.get(3), "function", "procedure");
        return words.get(0).equals("create") && (routine || replace);
    }

    private static boolean isOneOf(String word, String a, String b) {
        return word.equals(a) || word.equals(b);
    }

    private static int line(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
