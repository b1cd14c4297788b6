package io.migrations.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import io.migrations.internal.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlRevisionTemplateTest {

    private static RevisionHeader header(String id, List<String> parents, String message) {
        return new RevisionHeader(new Revision(id, parents, List.of(), List.of(), message, "2026-11-26 10:00:00.000000",
                null), Transaction.ONE_PER_DIRECTION);
    }

    /** Renders, then parses the text under the file name the template gives it. */
    private static Script roundTrip(RevisionHeader header) {
        Revision revision = header.revision();
        String fileName = SqlRevisionTemplate.fileName(revision.id(), revision.message());
        return SqlScriptParser.parse("db/migrations/" + fileName, SqlRevisionTemplate.render(header));
    }

    @Test
    void rendersEveryHeaderKeyAndBothSections() {
        String text = SqlRevisionTemplate.render(new RevisionHeader(new Revision("8f97975fec5c",
                List.of("1a2b3c4d5e6f"), List.of("auth"), List.of("3c4d5e6f7a8b", "billing"), "Add users table",
                "2026-11-26 10:00:00.000000", null), Transaction.NONE));

        assertThat(text).isEqualTo("""
                -- revision: 8f97975fec5c
                -- down_revision: 1a2b3c4d5e6f
                -- message: Add users table
                -- create_date: 2026-11-26 10:00:00.000000
                -- branch_labels: auth
                -- depends_on: 3c4d5e6f7a8b, billing
                -- transactional: false

                -- upgrade
                -- Replace SELECT 1 with the upgrade SQL. It keeps a revision applied before it is written a no-op,
                -- like Alembic's "pass" (an upgrade section without statements is rejected).
                SELECT 1;

                -- downgrade
                -- Write the SQL that undoes the upgrade. Left empty, a downgrade only moves the version back;
                -- delete this section, marker included, if the revision cannot be undone.
                """);
    }

    @Test
    void parsesBackToTheSameHeader() {
        Revision revision = new Revision("8f97975fec5c", List.of("1a2b3c4d5e6f"), List.of("auth", "core"),
                List.of("3c4d5e6f7a8b"), "Add users table", "2026-11-26 10:00:00.123456", null);

        Script script = roundTrip(new RevisionHeader(revision, Transaction.NONE));

        assertThat(script.revision()).usingRecursiveComparison().ignoringFields("location").isEqualTo(revision);
        assertThat(script.revision().location()).isEqualTo("db/migrations/8f97975fec5c_add_users_table.sql");
        assertThat(script.transactional()).isFalse();
    }

    @Test
    void freshRevisionIsANoOpUpgradeWithAnEmptyDowngrade() {
        Script script = roundTrip(header("1a2b3c4d5e6f", List.of(), "First"));

        assertThat(script.upgrade().statements(null)).containsExactly(new Statement("SELECT 1", 12));
        assertThat(script.reversible()).isTrue();
        assertThat(script.downgrade()).hasValueSatisfying(d -> assertThat(d.statements(null)).isEmpty());
        assertThat(script.transactional()).isTrue();
        assertThat(script.revision().isBase()).isTrue();
    }

    @Test
    void mergeRevisionParsesBack() {
        Script script = roundTrip(header("abcdef012345", List.of("1a2b3c4d5e6f", "3c4d5e6f7a8b"), "merge heads"));

        assertThat(script.revision().downRevisions()).containsExactly("1a2b3c4d5e6f", "3c4d5e6f7a8b");
        assertThat(script.revision().isMerge()).isTrue();
    }

    @Test
    void emptyMessageParsesBack() {
        Script script = roundTrip(header("abcdef012345", List.of(), ""));

        assertThat(script.revision().location()).endsWith("/abcdef012345_.sql");
        assertThat(script.revision().message()).isEmpty();
    }

    @Test
    void messageIsWrittenStripped() {
        assertThat(roundTrip(header("abcdef012345", List.of(), "  spaced out  ")).revision().message())
                .isEqualTo("spaced out");
    }

    @Test
    void rejectsMultiLineMessage() {
        assertThatThrownBy(() -> SqlRevisionTemplate.render(header("abcdef012345", List.of(), "first\nsecond")))
                .isInstanceOf(ScriptException.class)
                .hasMessage("abcdef012345_first_second.sql: message: the value must be one line; put details in a "
                        + "comment below the header");
    }

    @Test
    void rejectsMalformedIds() {
        assertThatThrownBy(() -> SqlRevisionTemplate.render(header("bad-id", List.of(), "x")))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("revision: 'bad-id' is not a valid revision id");
        assertThatThrownBy(() -> SqlRevisionTemplate.render(header("abc", List.of("ok", "no@"), "x")))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("down_revision: 'no@' is not a valid revision id");
    }

    @Test
    void createDateFormatMatchesAlembic() {
        assertThat(SqlRevisionTemplate.CREATE_DATE_FORMAT.format(LocalDateTime.of(2026, 11, 26, 10, 0, 0, 123_456_000)))
                .isEqualTo("2026-11-26 10:00:00.123456");
    }

    /** Expected values computed with Alembic 1.8.1's {@code ScriptDirectory._rev_path} slug rules. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Add users table | add_users_table",
        "\"\" | \"\"",
        "Add a very long message that goes past the forty character limit | add_a_very_long_message_that_goes_past_",
        "Ajouter l'élève (v2)! | ajouter_l_élève_v2",
        "one_two-three | one_two_three",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_",
        "\"  Merge heads: 1a2b & 3c4d  \" | merge_heads_1a2b_3c4d",
    })
    void slugFollowsAlembic(String message, String slug) {
        assertThat(SqlRevisionTemplate.slug(message)).isEqualTo(slug);
    }

    @Test
    void fileNameIsIdAndSlug() {
        assertThat(SqlRevisionTemplate.fileName("8f97975fec5c", "Add users table"))
                .isEqualTo("8f97975fec5c_add_users_table.sql");
    }

    @Test
    void randomIdsAreTwelveHexDigitsAndDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RevisionIds.random();
            assertThat(id).matches("[0-9a-f]{12}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }
}
