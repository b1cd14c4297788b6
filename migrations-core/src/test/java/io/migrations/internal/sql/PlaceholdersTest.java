package io.migrations.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.OperationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void findsPlaceholdersOutsideQuotesAndComments() {
        String sql = "SELECT ?, '?''?', \"a?\", E'\\'?', e'?' -- ?\n, /* ? /* ? */ ? */ ?";
        assertThat(Placeholders.positions(sql)).containsExactly(7, sql.length() - 1);
    }

    @Test
    void skipsDollarQuotedStringsButNotPositionalParameters() {
        String sql = "SELECT $$ ? $$, $tag$ ? $$ ? $tag$, ?";
        assertThat(Placeholders.positions(sql)).containsExactly(sql.length() - 1);
        assertThat(Placeholders.positions("SELECT a$b, $1, ?")).containsExactly(16);
        assertThat(Placeholders.positions("SELECT $$ ? unterminated")).isEmpty();
    }

    @Test
    void readsBackslashEscapesOnlyInEscapeStrings() {
        assertThat(Placeholders.positions("SELECT name'\\' , ?")).containsExactly(17);
        assertThat(Placeholders.positions("SELECT E'\\' , ?")).isEmpty();
        assertThat(Placeholders.positions("SELECT E'\\'' , ?")).containsExactly(15);
    }

    @Test
    void replacesInOrderAndChecksTheCount() {
        assertThat(Placeholders.replace("a = ? AND b = '?' AND c = ?", List.of(1, 2), String::valueOf))
                .isEqualTo("a = 1 AND b = '?' AND c = 2");
        assertThatThrownBy(() -> Placeholders.replace("a = ?", List.of(1, 2), String::valueOf))
                .isInstanceOf(OperationException.class)
                .hasMessage("'a = ?' has 1 ? placeholder(s) but 2 value(s) were given; pass one value per ?");
    }
}
