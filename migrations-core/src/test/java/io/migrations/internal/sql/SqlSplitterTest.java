package io.migrations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.ScriptException;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static ListAssert<Statement> assertSplit(String sql) {
        return assertThat(SqlSplitter.split("test.sql", sql));
    }

    private static ListAssert<Integer> assertLines(String sql) {
        return assertThat(SqlSplitter.split("test.sql", sql).stream().map(Statement::line).toList());
    }

    private static void assertSqls(String sql, String... statements) {
        assertThat(SqlSplitter.split("test.sql", sql)).extracting(Statement::sql).containsExactly(statements);
    }

    @Nested
    class Boundaries {

        @Test
        void splitsOnSemicolonsWithStartLines() {
            assertSplit("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n\n  INSERT INTO a VALUES (1);\n")
                    .containsExactly(
                            new Statement("CREATE TABLE a (id int)", 1),
                            new Statement("CREATE TABLE b (id int)", 2),
                            new Statement("INSERT INTO a VALUES (1)", 4));
        }

        @Test
        void lastStatementNeedsNoSemicolon() {
            assertSplit("SELECT 1;\nSELECT 2\n").containsExactly(new Statement("SELECT 1", 1), new Statement("SELECT 2", 2));
        }

        @Test
        void statementSpanningLinesStartsAtItsFirstLine() {
            assertSplit("\n\nCREATE TABLE t (\n  id int\n);\nSELECT 1;")
                    .containsExactly(new Statement("CREATE TABLE t (\n  id int\n)", 3), new Statement("SELECT 1", 6));
        }

        @Test
        void severalStatementsOnOneLine() {
            assertSplit("SELECT 1; SELECT 2;SELECT 3").containsExactly(
                    new Statement("SELECT 1", 1), new Statement("SELECT 2", 1), new Statement("SELECT 3", 1));
        }

        @Test
        void emptyStatementsAreDropped() {
            assertSqls(";;\n ; SELECT 1;;", "SELECT 1");
        }

        @Test
        void emptyTextHasNoStatements() {
            assertThat(SqlSplitter.split("test.sql", "  \n\t\n")).isEmpty();
        }

        @Test
        void windowsAndOldMacLineEndingsCountLines() {
            assertSplit("SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3;")
                    .containsExactly(new Statement("SELECT 1", 1), new Statement("SELECT 2", 3), new Statement("SELECT 3", 4));
        }
    }

    @Nested
    class Quotes {

        @Test
        void semicolonInsideStringWithDoubledQuote() {
            assertSqls("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2;",
                    "INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2");
        }

        @Test
        void backslashIsNotAnEscapeInStandardStrings() {
            assertSqls("SELECT 'C:\\';SELECT 2;", "SELECT 'C:\\'", "SELECT 2");
        }

        @Test
        void escapeStringsHonourBackslashes() {
            assertSqls("SELECT E'it\\'s; \\\\';SELECT e'a\\\\';SELECT 3;",
                    "SELECT E'it\\'s; \\\\'", "SELECT e'a\\\\'", "SELECT 3");
        }

        @Test
        void wordEndingInEIsNotAnEscapeStringPrefix() {
            assertSqls("SELECT some'a\\';SELECT 2;", "SELECT some'a\\'", "SELECT 2");
        }

        @Test
        void escapeStringAcceptsDoubledQuote() {
            assertSqls("SELECT E'a'';b';SELECT 2;", "SELECT E'a'';b'", "SELECT 2");
        }

        @Test
        void semicolonInsideQuotedIdentifier() {
            assertSqls("CREATE TABLE \"a;b\" (\"x\"\";y\" int);SELECT 2;",
                    "CREATE TABLE \"a;b\" (\"x\"\";y\" int)", "SELECT 2");
        }

        @Test
        void multiLineStringCountsLines() {
            assertLines("INSERT INTO t VALUES ('line1\nline2;\nline3');\nSELECT 2;").containsExactly(1, 4);
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertSqls("SELECT '--;', '/*;';SELECT 2;", "SELECT '--;', '/*;'", "SELECT 2");
        }
    }

    @Nested
    class DollarQuotes {

        @Test
        void anonymousDollarQuote() {
            String body = "CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1; -- ;\nEND;\n$$ LANGUAGE plpgsql";
            assertSplit(body + ";\nSELECT f();").containsExactly(new Statement(body, 1), new Statement("SELECT f()", 6));
        }

        @Test
        void taggedDollarQuoteIsNotClosedByOtherTags() {
            String body = "DO $body$ BEGIN EXECUTE $$SELECT ';'$$; RAISE NOTICE '$x$;'; END $body$";
            assertSqls(body + ";SELECT 2;", body, "SELECT 2");
        }

        @Test
        void tagsAreCaseSensitive() {
            assertSqls("SELECT $A$ x; $a$ ; $A$;SELECT 2;", "SELECT $A$ x; $a$ ; $A$", "SELECT 2");
        }

        @Test
        void positionalParametersAreNotDollarQuotes() {
            assertSqls("PREPARE p(int) AS SELECT $1;EXECUTE p(1);", "PREPARE p(int) AS SELECT $1", "EXECUTE p(1)");
        }

        @Test
        void dollarAfterIdentifierCharacterIsPartOfTheIdentifier() {
            assertSqls("SELECT a$b$ FROM t;SELECT $b$;$b$;", "SELECT a$b$ FROM t", "SELECT $b$;$b$");
        }

        @Test
        void dollarNotFollowedByTagIsPlain() {
            assertSqls("SELECT $a;SELECT 2;", "SELECT $a", "SELECT 2");
        }

        @Test
        void linesInsideDollarQuotesAreCounted() {
            assertLines("DO $$\n;\n;\n$$;\nSELECT 2;").containsExactly(1, 5);
        }
    }

    @Nested
    class Comments {

        @Test
        void lineCommentsHideSemicolonsAndVanishBetweenStatements() {
            assertSplit("-- first; comment\nSELECT 1 -- trailing; text\n, 2;\n-- after\n")
                    .containsExactly(new Statement("SELECT 1 -- trailing; text\n, 2", 2));
        }

        @Test
        void nestedBlockComments() {
            assertSplit("/* outer /* inner; */ still; */ SELECT 1;\nSELECT /* a; /* b */ c; */ 2;")
                    .containsExactly(new Statement("SELECT 1", 1), new Statement("SELECT /* a; /* b */ c; */ 2", 2));
        }

        @Test
        void commentOnlyFragmentsAreNotStatements() {
            assertThat(SqlSplitter.split("test.sql", "-- only\n/* block;\n */ ;\n-- more;\n")).isEmpty();
        }

        @Test
        void trailingCommentBeforeSemicolonIsDropped() {
            assertSqls("SELECT 1 -- why\n/* note */ ;", "SELECT 1");
        }

        @Test
        void statementLineSkipsLeadingComments() {
            assertSplit("/* header\n comment */\n-- note\n\nSELECT 1;").containsExactly(new Statement("SELECT 1", 5));
        }

        @Test
        void singleDashAndSlashAreOperators() {
            assertSqls("SELECT 4 - 2 / 1;SELECT -1;", "SELECT 4 - 2 / 1", "SELECT -1");
        }
    }

    @Nested
    class Nesting {

        @Test
        void semicolonsInsideParenthesesDoNotSplit() {
            String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
            assertSqls(rule + ";SELECT 1;", rule, "SELECT 1");
        }

        @Test
        void sqlStandardFunctionBody() {
            String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND";
            assertSplit(function + ";\nSELECT f();").containsExactly(new Statement(function, 1), new Statement("SELECT f()", 6));
        }

        @Test
        void caseInsideAtomicBody() {
            String procedure = "create or replace procedure p() language sql begin atomic "
                    + "select case when true then 1 else 2 end; insert into t values (case when true then 1 end); end";
            assertSqls(procedure + ";select 2;", procedure, "select 2");
        }

        @Test
        void transactionBeginIsAStatementOfItsOwn() {
            assertSqls("BEGIN; SELECT 1; END;", "BEGIN", "SELECT 1", "END");
        }

        @Test
        void beginOutsideRoutineDefinitionsDoesNotNest() {
            assertSqls("CREATE TABLE begin_end (begin int);SELECT 1;", "CREATE TABLE begin_end (begin int)", "SELECT 1");
        }
    }

    @Nested
    class Unterminated {

        private void assertFails(String sql, int line, String problem) {
            assertThatThrownBy(() -> SqlSplitter.split("db/x.sql", sql))
                    .isInstanceOfSatisfying(ScriptException.class, e -> {
                        assertThat(e.location()).isEqualTo("db/x.sql");
                        assertThat(e.line()).isEqualTo(line);
                    })
                    .hasMessageStartingWith("db/x.sql:" + line + ": ")
                    .hasMessageContaining(problem);
        }

        @Test
        void singleQuote() {
            assertFails("SELECT 1;\nSELECT 'abc;\nSELECT 2;", 2, "unterminated string");
        }

        @Test
        void escapeStringEndingInEscapedQuote() {
            assertFails("SELECT E'abc\\';", 1, "unterminated E'' string");
        }

        @Test
        void doubleQuote() {
            assertFails("\n\nSELECT \"abc;", 3, "unterminated quoted identifier");
        }

        @Test
        void dollarQuote() {
            assertFails("SELECT 1;\nDO $fn$ BEGIN END $$;\n", 2, "unterminated dollar-quoted string $fn$");
        }

        @Test
        void nestedBlockComment() {
            assertFails("SELECT 1;\n/* a /* b */\nSELECT 2;", 2, "unterminated block comment");
        }

        @Test
        void openParenthesisAtEnd() {
            assertFails("SELECT 1;\nCREATE TABLE t (id int;\nSELECT 2;", 2, "1 unclosed '('");
        }

        @Test
        void atomicBodyWithoutEnd() {
            assertFails("CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1;", 1, "BEGIN/CASE without END");
        }
    }

    @Test
    void resultIsImmutable() {
        List<Statement> statements = SqlSplitter.split("test.sql", "SELECT 1;");
        assertThatThrownBy(() -> statements.add(new Statement("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
