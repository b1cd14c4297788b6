package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlScriptParserTest {

    private static final String LOCATION = "db/migrations/8f97975fec5c_add_users_table.sql";

    private static final String FULL = """
            -- revision: 8f97975fec5c
            -- down_revision: 1a2b3c4d5e6f
            -- message: Add users table
            -- create_date: 2026-11-26 10:00:00
            -- branch_labels: auth
            -- depends_on: 3c4d5e6f7a8b
            -- transactional: false

            -- upgrade
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE INDEX ix_users_email ON users (email);

            -- downgrade
            DROP INDEX ix_users_email;
            DROP TABLE users;
            """;

    private static Script parse(String text) {
        return SqlScriptParser.parse(LOCATION, text);
    }

    /** A valid file with {@code header} replacing the two required lines. */
    private static String withHeader(String header) {
        return header + "\n-- upgrade\nSELECT 1;\n";
    }

    private static List<Statement> statements(StatementSource source) {
        return source.statements(null);
    }

    private static void assertFails(String text, int line, String... problem) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.location()).isEqualTo(LOCATION);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.isUserError()).isTrue();
                })
                .hasMessageStartingWith(line > 0 ? LOCATION + ":" + line + ": " : LOCATION + ": ")
                .hasMessageContainingAll(problem);
    }

    @Nested
    class Header {

        @Test
        void readsEveryKey() {
            Script script = parse(FULL);

            assertThat(script.revision()).isEqualTo(new Revision("8f97975fec5c", List.of("1a2b3c4d5e6f"),
                    List.of("auth"), List.of("3c4d5e6f7a8b"), "Add users table", "2026-11-26 10:00:00", LOCATION));
            assertThat(script.transactional()).isFalse();
        }

        @Test
        void firstRevisionHasEmptyDownRevisionAndDefaults() {
            Script script = parse(withHeader("-- revision: 8f97975fec5c\n-- down_revision:"));

            assertThat(script.revision().downRevisions()).isEmpty();
            assertThat(script.revision().isBase()).isTrue();
            assertThat(script.revision().branchLabels()).isEmpty();
            assertThat(script.revision().dependsOn()).isEmpty();
            assertThat(script.revision().message()).isEmpty();
            assertThat(script.revision().createDate()).isEmpty();
            assertThat(script.transactional()).isTrue();
        }

        @Test
        void mergeListsParents() {
            Script script = parse(withHeader("-- revision: 8f97975fec5c\n-- down_revision: aaa111,  bbb222 ,ccc_3"));

            assertThat(script.revision().downRevisions()).containsExactly("aaa111", "bbb222", "ccc_3");
            assertThat(script.revision().isMerge()).isTrue();
        }

        @Test
        void labelsAndDependenciesAreLists() {
            Script script = parse(withHeader("""
                    -- revision: 8f97975fec5c
                    -- down_revision: aaa111
                    -- branch_labels: auth, billing
                    -- depends_on: feature_x,ccc333"""));

            assertThat(script.revision().branchLabels()).containsExactly("auth", "billing");
            assertThat(script.revision().dependsOn()).containsExactly("feature_x", "ccc333");
        }

        @Test
        void transactionalIgnoresCase() {
            String header = "-- revision: 8f97975fec5c\n-- down_revision:\n-- transactional: ";
            assertThat(parse(withHeader(header + "TRUE")).transactional()).isTrue();
            assertThat(parse(withHeader(header + "False")).transactional()).isFalse();
        }

        @Test
        void keysInAnyOrderWithPlainCommentsAndBlankLines() {
            Script script = parse(withHeader("""
                    -- Add the users table.
                    -- Note: this locks the table briefly
                    --

                    -- message: Keep: colons in values
                    --down_revision:aaa111
                       -- revision :   8f97975fec5c
                    -- TODO: split into two revisions
                    -- https://example.com/issues/42"""));

            assertThat(script.id()).isEqualTo("8f97975fec5c");
            assertThat(script.revision().downRevisions()).containsExactly("aaa111");
            assertThat(script.revision().message()).isEqualTo("Keep: colons in values");
        }

        @Test
        void fileMayBeNamedJustTheId() {
            Script script = SqlScriptParser.parse("/m/8f97975fec5c.sql", withHeader(
                    "-- revision: 8f97975fec5c\n-- down_revision:"));

            assertThat(script.revision().location()).isEqualTo("/m/8f97975fec5c.sql");
        }

        @Test
        void idWithUnderscoreMatchesFileName() {
            Script script = SqlScriptParser.parse("C:\\m\\add_users_create_table.sql", withHeader(
                    "-- revision: add_users\n-- down_revision:"));

            assertThat(script.id()).isEqualTo("add_users");
        }
    }

    @Nested
    class MalformedHeader {

        private static final String REQUIRED = "-- revision: 8f97975fec5c\n-- down_revision:\n";

        @Test
        void unknownKey() {
            assertFails(withHeader(REQUIRED + "-- down_revison: abc"), 3, "unknown header key 'down_revison'",
                    "known keys are revision, down_revision, message, create_date, branch_labels, depends_on, "
                            + "transactional", "capitalise its first word");
        }

        @Test
        void knownKeyInOtherCase() {
            assertFails(withHeader(REQUIRED + "-- Depends_On: abc"), 3, "header key 'Depends_On' must be lower case",
                    "write '-- depends_on:'");
        }

        @Test
        void duplicateKey() {
            assertFails(withHeader(REQUIRED + "-- message: a\n-- message: b"), 4,
                    "duplicate header 'message' (first on line 3)");
        }

        @Test
        void badBoolean() {
            assertFails(withHeader(REQUIRED + "-- transactional: yes"), 3,
                    "transactional: 'yes' is not a boolean; write true or false");
        }

        @Test
        void emptyBoolean() {
            assertFails(withHeader(REQUIRED + "-- transactional:"), 3, "transactional: '' is not a boolean");
        }

        @Test
        void badRevisionId() {
            assertFails(withHeader("-- revision: 8f97-975f\n-- down_revision:"), 1,
                    "revision: '8f97-975f' is not a valid revision id; use 1 to 32 letters, digits or underscores");
        }

        @Test
        void emptyRevisionId() {
            assertFails(withHeader("-- revision:\n-- down_revision:"), 1, "revision: '' is not a valid revision id");
        }

        @Test
        void revisionIdLongerThan32() {
            String id = "a".repeat(33);
            assertFails(withHeader("-- revision: " + id + "\n-- down_revision:"), 1, "'" + id + "' is not a valid");
        }

        @Test
        void badParentId() {
            assertFails(withHeader("-- revision: 8f97975fec5c\n-- down_revision: abc, d@f"), 2,
                    "down_revision: 'd@f' is not a valid revision id");
        }

        @Test
        void emptyListEntry() {
            assertFails(withHeader("-- revision: 8f97975fec5c\n-- down_revision: abc,,def"), 2,
                    "down_revision: empty entry in 'abc,,def'; remove the extra comma");
        }

        @Test
        void repeatedListEntry() {
            assertFails(withHeader(REQUIRED + "-- depends_on: abc, abc"), 3,
                    "depends_on: 'abc' is listed twice; list it once");
        }

        @Test
        void badBranchLabel() {
            assertFails(withHeader(REQUIRED + "-- branch_labels: auth, new-auth"), 3,
                    "branch_labels: 'new-auth' is not a valid branch label");
        }

        @Test
        void fileNameNotStartingWithId() {
            assertFails(withHeader("-- message: x\n-- revision: 1a2b3c4d5e6f\n-- down_revision:"), 2,
                    "file name '8f97975fec5c_add_users_table.sql' does not start with the revision id '1a2b3c4d5e6f'",
                    "rename the file to '1a2b3c4d5e6f_<slug>.sql' or correct the id");
        }

        @Test
        void idThatIsOnlyAPrefixOfTheFileNameWord() {
            assertFails(withHeader("-- revision: 8f97975fec\n-- down_revision:"), 1, "does not start with the revision id");
        }

        @Test
        void missingRevision() {
            assertFails(withHeader("-- down_revision:"), 2, "missing header '-- revision:'", "above '-- upgrade'");
        }

        @Test
        void missingDownRevision() {
            assertFails(withHeader("-- revision: 8f97975fec5c"), 2, "missing header '-- down_revision:'",
                    "with an empty value in a first revision");
        }

        @Test
        void sqlInHeader() {
            assertFails(withHeader(REQUIRED + "CREATE TABLE t (id int);"), 3,
                    "expected a '-- key: value' header line, a comment or the '-- upgrade' marker");
        }

        @Test
        void blockCommentInHeader() {
            assertFails(withHeader(REQUIRED + "/* note */"), 3, "SQL belongs below '-- upgrade'");
        }
    }

    @Nested
    class Sections {

        private static final String HEADER = "-- revision: 8f97975fec5c\n-- down_revision:\n";

        @Test
        void statementsCarryTheirLineInTheFile() {
            Script script = parse(FULL);

            assertThat(statements(script.upgrade())).containsExactly(
                    new Statement("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)", 10),
                    new Statement("CREATE INDEX ix_users_email ON users (email)", 11));
            assertThat(script.downgrade()).hasValueSatisfying(downgrade -> assertThat(statements(downgrade))
                    .containsExactly(new Statement("DROP INDEX ix_users_email", 14), new Statement("DROP TABLE users", 15)));
            assertThat(script.reversible()).isTrue();
        }

        @Test
        void noDowngradeSectionIsIrreversible() {
            Script script = parse(HEADER + "-- upgrade\nSELECT 1;\n");

            assertThat(script.downgrade()).isEmpty();
            assertThat(script.reversible()).isFalse();
        }

        @Test
        void emptyDowngradeSectionIsReversibleNoOp() {
            Script script = parse(HEADER + "-- upgrade\nSELECT 1;\n-- downgrade\n-- nothing to undo\n");

            assertThat(script.reversible()).isTrue();
            assertThat(script.downgrade()).hasValueSatisfying(d -> assertThat(statements(d)).isEmpty());
        }

        @Test
        void markersIgnoreCaseAndSurroundingWhitespace() {
            Script script = parse(HEADER + "  --   UPGRADE  \nSELECT 1;\n\t--Downgrade\nSELECT 2;");

            assertThat(statements(script.upgrade())).containsExactly(new Statement("SELECT 1", 4));
            assertThat(script.downgrade()).hasValueSatisfying(
                    d -> assertThat(statements(d)).containsExactly(new Statement("SELECT 2", 6)));
        }

        @Test
        void markerEndsAStatementWithoutSemicolon() {
            Script script = parse(HEADER + "-- upgrade\nSELECT 1\n-- downgrade\nSELECT 2");

            assertThat(statements(script.upgrade())).containsExactly(new Statement("SELECT 1", 4));
            assertThat(script.downgrade()).hasValueSatisfying(
                    d -> assertThat(statements(d)).containsExactly(new Statement("SELECT 2", 6)));
        }

        @Test
        void markersInsideQuotesAndCommentsAreText() {
            String function = "CREATE FUNCTION f() RETURNS int AS $$\n-- downgrade\nSELECT 1\n$$ LANGUAGE sql";
            Script script = parse(HEADER + "-- upgrade\n" + function + ";\n/*\n-- downgrade\n*/\n"
                    + "SELECT '\n-- downgrade\n';\nSELECT 1; -- downgrade\n");

            assertThat(statements(script.upgrade())).extracting(Statement::sql)
                    .containsExactly(function, "SELECT '\n-- downgrade\n'", "SELECT 1");
            assertThat(script.downgrade()).isEmpty();
        }

        @Test
        void otherCommentsInSectionsMayLookLikeHeaderLines() {
            Script script = parse(HEADER + "-- upgrade\n-- revision: not a header here\n-- upgrade the table\nSELECT 1;");

            assertThat(statements(script.upgrade())).containsExactly(new Statement("SELECT 1", 6));
        }

        @Test
        void missingUpgradeMarker() {
            assertFails(HEADER + "\n", 0, "no '-- upgrade' marker", "add a line '-- upgrade' after the header");
        }

        @Test
        void downgradeBeforeUpgrade() {
            assertFails(HEADER + "-- downgrade\nDROP TABLE t;\n-- upgrade\nCREATE TABLE t (id int);", 3,
                    "'-- downgrade' comes before '-- upgrade'; put the upgrade section first");
        }

        @Test
        void secondUpgradeMarker() {
            assertFails(HEADER + "-- upgrade\nSELECT 1;\n-- downgrade\nSELECT 2;\n-- upgrade\nSELECT 3;", 7,
                    "second '-- upgrade' marker (first on line 3)");
        }

        @Test
        void secondDowngradeMarker() {
            assertFails(HEADER + "-- upgrade\nSELECT 1;\n-- downgrade\nSELECT 2;\n-- downgrade\nSELECT 3;", 7,
                    "second '-- downgrade' marker (first on line 5)", "at most one downgrade section");
        }

        @Test
        void emptyUpgrade() {
            assertFails(HEADER + "-- upgrade\n\n-- downgrade\nDROP TABLE t;", 3,
                    "the upgrade section has no statements", "use 'SELECT 1;' for a deliberate no-op");
        }

        @Test
        void commentOnlyUpgrade() {
            assertFails(HEADER + "-- upgrade\n-- TODO write this\n/* later */\n", 3, "the upgrade section has no statements");
        }

        @Test
        void fileEndingRightAfterUpgradeMarker() {
            assertFails(HEADER + "-- upgrade", 3, "the upgrade section has no statements");
        }

        @Test
        void unterminatedQuoteNamesFileLine() {
            assertFails(HEADER + "-- upgrade\nSELECT 1;\nINSERT INTO t VALUES ('oops);\n-- downgrade\nSELECT 2;", 5,
                    "unterminated string");
        }

        @Test
        void unclosedParenthesisAtMarker() {
            assertFails(HEADER + "-- upgrade\nCREATE TABLE t (id int\n-- downgrade\nDROP TABLE t;", 4,
                    "1 unclosed '(' at the marker '-- downgrade' on line 5");
        }
    }

    @Nested
    class Checksum {

        @Test
        void isTheChecksumOfTheWholeFile() {
            assertThat(parse(FULL).checksum()).isEqualTo(Checksums.of(FULL)).hasSize(64);
        }

        @Test
        void ignoresLineEndingsTrailingWhitespaceAndByteOrderMark() {
            String windows = FULL.replace("\n", "  \r\n");
            String padded = "\uFEFF" + FULL.replace("\n", "\t\n") + "\n\n";

            assertThat(parse(windows).checksum()).isEqualTo(parse(FULL).checksum());
            assertThat(parse(padded).checksum()).isEqualTo(parse(FULL).checksum());
        }

        @Test
        void changesWithTheSql() {
            assertThat(parse(FULL.replace("DROP TABLE users", "DROP TABLE users CASCADE")).checksum())
                    .isNotEqualTo(parse(FULL).checksum());
        }

        @Test
        void windowsLineEndingsDoNotMoveLines() {
            assertThat(statements(parse(FULL.replace("\n", "\r\n")).upgrade())).extracting(Statement::line)
                    .containsExactly(10, 11);
        }
    }

    @Nested
    class TransactionControlInATransactionalRevision {

        private static final String HEAD = "-- revision: 8f97975fec5c\n-- down_revision:\n";

        @Test
        void isRefusedNamingTheLineAndBothWaysOut() {
            assertFails(HEAD + "\n-- upgrade\nCREATE TABLE a (id int);\ncommit;\n", 6, "COMMIT inside a revision that "
                    + "runs in one transaction", "Remove it", "mark the revision '-- transactional: false'");
            assertFails(HEAD + "-- upgrade\nSELECT 1;\n-- downgrade\nSELECT 2;\n  START  TRANSACTION ISOLATION LEVEL "
                    + "SERIALIZABLE;\n", 7, "START TRANSACTION inside");
            for (String command : List.of("BEGIN", "begin work", "END", "ROLLBACK", "rollback and chain", "ABORT",
                    "COMMIT PREPARED 'x'", "PREPARE TRANSACTION 'x'", "/* c */ Begin")) {
                assertThatThrownBy(() -> parse(HEAD + "-- upgrade\nSELECT 1;\n" + command + ";\n"))
                        .as(command).isInstanceOf(ScriptException.class).hasMessageContaining(" inside a revision");
            }
        }

        @Test
        void runsWhenTheRevisionIsNotTransactional() {
            Script script = parse(HEAD + "-- transactional: false\n-- upgrade\nBEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n");

            assertThat(statements(script.upgrade())).extracting(Statement::sql)
                    .containsExactly("BEGIN", "CREATE TABLE a (id int)", "COMMIT");
        }

        @Test
        void beginAndEndInsideBodiesSavepointsAndLookalikesAreNotTransactionControl() {
            String body = """
                    DO $$ BEGIN PERFORM 1; END $$;
                    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $f$
                    BEGIN
                      RETURN 1;
                    END
                    $f$;
                    CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                    SAVEPOINT s;
                    ROLLBACK TO SAVEPOINT s;
                    ROLLBACK TO s;
                    RELEASE SAVEPOINT s;
                    SELECT 'COMMIT';
                    CREATE TABLE "begin" (commit int);
                    """;

            assertThat(statements(parse(HEAD + "-- upgrade\n" + body).upgrade())).hasSize(9);
        }
    }
}
